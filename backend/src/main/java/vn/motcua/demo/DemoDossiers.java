package vn.motcua.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The memorable demo dossiers listed in the README, told as the one-stop system would send them: a series
 * of timed events in our own intake format, so the demo runs through the real intake path. Dates are
 * relative to the start, so the story stays current.
 */
final class DemoDossiers {
    private DemoDossiers() {
    }

    static List<String> records(OffsetDateTime now) {
        List<String> records = new ArrayList<>();
        OffsetDateTime d6 = now.minusDays(6).withHour(8).withMinute(30).withSecond(0).withNano(0);
        steps(records, "000.00.22.H12-261120-0007", "1.001612", "000.00.22.H12", "Nguyễn Văn Bình", "0912345678",
                "079123456789", "desk", d6, d6.plusDays(14), new Step(2, 0, null));
        records.add("""
                {"code":"000.00.22.H12-261120-0007","submittedDocuments":["Đơn đăng ký đất đai, tài sản gắn liền với đất",
                 {"name":"Giấy tờ về quyền sử dụng đất","copies":1},{"name":"Sơ đồ thửa đất","copies":2}]}""");
        OffsetDateTime d8 = now.minusDays(8).withHour(9).withMinute(0).withSecond(0).withNano(0);
        steps(records, "000.12.00.H36-261118-0012", "1.009994", "000.12.00.H36", "Trần Thị Hoa", "0987654321",
                "068185001122", "desk", d8, d8.plusDays(21), new Step(2, 0, null), new Step(4, 1, "Chuyển bộ phận chuyên môn"),
                new Step(5, 3, "Bổ sung hồ sơ: thiếu bản vẽ thiết kế"));
        records.add(supplement("000.12.00.H36-261118-0012", d8.plusDays(3),
                "Bản vẽ mặt bằng, mặt cắt công trình", "Bản sao giấy chứng nhận quyền sử dụng đất có chứng thực"));
        OffsetDateTime d16 = now.minusDays(16).withHour(10).withMinute(15).withSecond(0).withNano(0);
        steps(records, "000.10.00.H36-261110-0021", "2.000720", "000.10.00.H36", "Lê Văn Cường", "0905111222",
                "060190003344", "online", d16, d16.plusDays(20), new Step(2, 0, null), new Step(4, 1, null),
                new Step(6, 2, "Đề nghị nộp lệ phí đăng ký hộ kinh doanh"));
        records.add(fees("000.10.00.H36-261110-0021", "Lệ phí đăng ký hộ kinh doanh", 100000));
        OffsetDateTime d40 = now.minusDays(40).withHour(14).withMinute(0).withSecond(0).withNano(0);
        steps(records, "000.00.01.H36-261015-0003", "1.001612", "000.00.01.H36", "Phạm Thị Lan", "0913222333",
                "068190005566", "post", d40, d40.plusDays(42), new Step(2, 0, null), new Step(4, 2, null),
                new Step(9, 35, "Đã ký giấy chứng nhận"));
        OffsetDateTime d85 = now.minusDays(85).withHour(8).withMinute(0).withSecond(0).withNano(0);
        steps(records, "000.11.00.H36-260901-0004", "1.000894", "000.11.00.H36", "Võ Minh Khoa", "0934555666",
                "060192007788", "desk", d85, d85.plusDays(3), new Step(2, 0, null), new Step(9, 2, null),
                new Step(10, 3, "Đã trả kết quả tại bộ phận một cửa"));
        OffsetDateTime d55 = now.minusDays(55).withHour(9).withMinute(30).withSecond(0).withNano(0);
        steps(records, "000.00.01.H36-261001-0015", "1.004227", "000.00.01.H36", "Hoàng Ngọc Giang", "0977888999",
                "068188009900", "desk", d55, d55.plusDays(14), new Step(2, 0, null), new Step(4, 1, null));
        records.add(extension("000.00.01.H36-261001-0015", now.minusDays(3).withHour(17).withMinute(0).withSecond(0).withNano(0),
                "Cần xác minh nguồn gốc đất với UBND xã; xin lỗi ông/bà vì sự chậm trễ."));
        OffsetDateTime d30 = now.minusDays(30).withHour(8).withMinute(15).withSecond(0).withNano(0);
        steps(records, "000.16.00.H36-261027-0019", "1.004269", "000.16.00.H36", "Bùi Văn Dũng", "0977111222",
                "068183004455", "desk", d30, d30.plusDays(9), new Step(2, 0, null), new Step(4, 1, "Chờ ký duyệt"));
        OffsetDateTime old = OffsetDateTime.parse("2025-03-10T08:00:00+07:00");
        steps(records, "000.12.00.H36-250310-0042", "1.004203", "000.12.00.H36", "Đặng Thanh Nam", "0966123123",
                "068175001234", "desk", old, now.plusDays(5).withHour(17).withMinute(0).withSecond(0).withNano(0), new Step(2, 0, null), new Step(4, 30, "Chờ thẩm định"));
        // received by the district before the 2025 merger: its printed receipt carries the old code, recorded as an alias
        records.add("""
                {"code":"000.12.00.H36-250310-0042","aliases":["000.00.22.H12-250310-0042"]}""");
        OffsetDateTime may = OffsetDateTime.parse("2025-05-20T10:00:00+07:00");
        steps(records, "000.00.20.H12-250520-0031", "1.001193", "000.00.20.H12", "Bùi Thị Oanh", "0944321321",
                "060195004321", "desk", may, may.plusDays(1), new Step(2, 0, null), new Step(9, 0, null),
                new Step(10, 1, null));
        OffsetDateTime today = now.minusHours(2).withSecond(0).withNano(0);
        steps(records, "000.14.00.H36-261125-0001", "2.000488", "000.14.00.H36", "Huỳnh Hữu Phúc", "0888777666",
                "068199002468", "online", today, today.plusDays(14), new Step(1, 0, null));
        // keep this one last: the Mini App's e2e harness waits for it to know the whole demo is loaded
        OffsetDateTime d21 = now.minusDays(21).withHour(15).withMinute(0).withSecond(0).withNano(0);
        steps(records, "000.15.00.H36-261105-0008", "1.003348", "000.15.00.H36", "Phan Văn An", "0855444333",
                "068180001357", "desk", d21, d21.plusDays(28), new Step(3, 0, "Cơ sở chưa đủ điều kiện theo quy định"));
        return records;
    }

    record Step(int status, int dayOffset, String note) {
    }

    private static void steps(List<String> out, String code, String procedure, String agency, String name, String phone,
                              String idNumber, String delivery, OffsetDateTime received, OffsetDateTime due,
                              Step... steps) {
        for (int i = 0; i < steps.length; i++) {
            Step s = steps[i];
            OffsetDateTime at = received.plusDays(s.dayOffset()).plusMinutes(i);
            OffsetDateTime finished = s.status() == 3 || s.status() >= 9 ? at : null;
            out.add("""
                    {"code":"%s","procedureCode":"%s","agencyCode":"%s","status":%d,"eventTime":"%s","eventKey":"demo-%d",
                     "applicant":{"name":"%s","type":"citizen","phone":"%s","idNumber":"%s"},
                     "receivedAt":"%s","dueAt":"%s","resultDelivery":"%s","notificationConsent":true%s%s%s}"""
                    .formatted(code, procedure, agency, s.status(), at, i, name, phone, idNumber, received, due,
                            "post".equals(delivery) ? "post" : "desk",
                            "online".equals(delivery) ? ",\"channel\":\"online\"" : ",\"channel\":\"desk\"",
                            s.note() == null ? "" : ",\"note\":\"" + s.note() + "\"",
                            finished == null ? "" : (s.status() == 10 ? ",\"returnedAt\":\"" : ",\"finishedAt\":\"") + finished + "\""));
        }
    }

    private static String supplement(String code, OffsetDateTime at, String... items) {
        return """
                {"code":"%s","supplements":[{"requestedAt":"%s","items":["%s"]}]}"""
                .formatted(code, at, String.join("\",\"", items));
    }

    private static String fees(String code, String name, long amount) {
        return """
                {"code":"%s","fees":[{"name":"%s","amount":%d}]}""".formatted(code, name, amount);
    }

    private static String extension(String code, OffsetDateTime newDue, String reason) {
        return """
                {"code":"%s","dueAt":"%s","dueDateChangeReason":"%s"}""".formatted(code, newDue.plusDays(10), reason);
    }
}
