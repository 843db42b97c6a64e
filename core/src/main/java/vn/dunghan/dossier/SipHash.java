package vn.dunghan.dossier;

/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012), a keyed 64-bit hash whose outputs cannot be
 * predicted, or made to collide, without the 128-bit key.
 */
final class SipHash {

    private SipHash() {
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
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int n = bytes.length;
        int end = n - n % 8;
        for (int i = 0; i < end; i += 8) {
            long m = word(bytes, i, 8);
            v3 ^= m;
            for (int r = 0; r < 2; r++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        long last = word(bytes, end, n - end) | (long) n << 56;
        v3 ^= last;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
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
