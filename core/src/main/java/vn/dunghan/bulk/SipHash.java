package vn.dunghan.bulk;

/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012), a keyed 64-bit hash whose outputs cannot be
 * predicted, or made to collide, without the 128-bit key.
 */
final class SipHash {

    private long v0;
    private long v1;
    private long v2;
    private long v3;

    private SipHash(long k0, long k1) {
        v0 = k0 ^ 0x736f6d6570736575L;
        v1 = k1 ^ 0x646f72616e646f6dL;
        v2 = k0 ^ 0x6c7967656e657261L;
        v3 = k1 ^ 0x7465646279746573L;
    }

    /**
     * Hashes bytes under a key.
     *
     * @param k0  the key's first 64 bits (little-endian)
     * @param k1  the key's last 64 bits
     * @param bytes  the message, not null
     * @return the hash
     */
    static long hash(long k0, long k1, byte[] bytes) {
        SipHash state = new SipHash(k0, k1);
        int n = bytes.length;
        int end = n - n % 8;
        // every 8-byte word, then the last bytes with the length in the top byte
        for (int i = 0; i <= end; i += 8) {
            long m = i < end ? word(bytes, i, 8) : word(bytes, end, n - end) | (long) n << 56;
            state.v3 ^= m;
            state.rounds(2);
            state.v0 ^= m;
        }
        state.v2 ^= 0xff;
        state.rounds(4);
        return state.v0 ^ state.v1 ^ state.v2 ^ state.v3;
    }

    private void rounds(int count) {
        for (int r = 0; r < count; r++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
    }

    /** Reads up to 8 bytes from an index as a little-endian word. */
    private static long word(byte[] bytes, int index, int count) {
        long m = 0;
        for (int i = 0; i < count; i++) {
            m |= (bytes[index + i] & 0xFFL) << (8 * i);
        }
        return m;
    }
}
