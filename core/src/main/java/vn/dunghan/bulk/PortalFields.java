package vn.dunghan.bulk;

import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.EventType;

/** Names the field of the portal's payload behind a field path of the dossier model. */
final class PortalFields {

    private PortalFields() {
    }

    /**
     * Names the payload's field behind a field path, so that an error the evaluator finds in a
     * dossier read from the payload ({@code /events/1/at}) points at the payload's field
     * ({@code /NgayKetThucXuLy}).
     *
     * @param dossier  the dossier read from the payload, not null
     * @param path  the field path, as a JSON Pointer, not null
     * @return the payload's field as a pointer, or the path itself when none matches
     */
    static String locate(Dossier dossier, String path) {
        String[] parts = path.split("/", -1);
        if (parts.length == 2) {
            return switch (parts[1]) {
                case "id" -> "/MaHoSo";
                case "procedure" -> "/MaTTHC";
                case "agency" -> "/DonViXuLy";
                case "channel" -> "/KenhThucHien";
                case "submittedAt" -> "/NgayNopHoSo";
                case "acceptedAt" -> "/NgayTiepNhan";
                case "appointment" -> "/NgayHenTra";
                default -> path;
            };
        }
        if (parts.length == 4 && parts[1].equals("events") && parts[2].matches("\\d{1,9}")) {
            int index = Integer.parseInt(parts[2]);
            if (index < dossier.events().size()) {
                return field(dossier.events().get(index).type());
            }
        }
        return path;
    }

    private static String field(EventType type) {
        return switch (type) {
            case SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED -> "/DanhSachHoSoBoSung";
            case STEP -> "/QuaTrinhXuLy";
            case COMPLETED -> "/NgayKetThucXuLy";
            case RETURNED -> "/NgayTra";
            case REFUSED -> "/NgayTuChoi";
            case WITHDRAWN, STOPPED -> "/TrangThaiHoSo";
            default -> "/events";
        };
    }
}
