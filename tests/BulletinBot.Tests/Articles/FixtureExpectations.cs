using BulletinBot.Articles;

namespace BulletinBot.Tests.Articles;

/// <summary>The fixture articles and what each should yield, written by reading them, not by running the extractor.</summary>
public static class FixtureExpectations
{
    public static readonly IReadOnlyList<FixtureExpectation> All =
    [
        new("01-national-round-hue.txt", "Hội nghị tập huấn nghiệp vụ phổ biến, giáo dục pháp luật toàn quốc năm 2022",
            "2022-09-21", null, "thành phố Huế", "Huế", "Huế", "Trung", 320, true, 41,
            ["Kỹ năng truyền thông chính sách pháp luật trên không gian mạng", "Phổ biến pháp luật cho đồng bào dân tộc thiểu số và vùng biên giới",
             "Xây dựng, đánh giá cấp xã đạt chuẩn tiếp cận pháp luật", "Hòa giải ở cơ sở trong tình hình mới"],
            ["Phan Chí Hiếu", "Trần Minh Tuấn", "Hoàng Hải Minh"],
            ["Vụ Phổ biến, giáo dục pháp luật (Bộ Tư pháp)", "Sở Tư pháp tỉnh Thừa Thiên Huế"]),
        new("02-second-round-quangninh.txt", "Nâng cao chất lượng cải cách hành chính ở cơ sở",
            "2022-11-07", null, "thành phố Hạ Long, tỉnh Quảng Ninh", "Quảng Ninh", "Quảng Ninh", "Bắc", 400, true, 28,
            ["Chuẩn hóa quy trình tiếp nhận và trả kết quả tại bộ phận một cửa", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
             "Đo lường sự hài lòng của người dân và doanh nghiệp", "Phòng, chống nhũng nhiễu trong giải quyết thủ tục hành chính"],
            ["Vũ Đăng Minh"],
            ["Bộ Nội vụ", "UBND tỉnh Quảng Ninh"]),
        new("03-southern-round-soctrang.txt", null,
            "2021-12-15", null, "tỉnh Sóc Trăng", "Sóc Trăng", "Cần Thơ", "Nam", 120, false, 13,
            ["Nhận diện thủ đoạn mua bán người qua mạng xã hội", "Tiếp nhận, xác minh và bảo vệ nạn nhân",
             "Phối hợp liên ngành trong điều tra các vụ án", "Hỗ trợ tái hòa nhập cộng đồng"],
            ["Lâm Văn Phước", "Trần Văn Lâu"],
            ["Văn phòng Thường trực phòng, chống tội phạm"]),
        new("04-site-menu-daknong.txt", "Chuyển đổi số trong phổ biến pháp luật: Chủ động, sáng tạo và gần dân",
            "2024-05-17", null, "tỉnh Đắk Nông", "Đắk Nông", "Lâm Đồng", "Trung", null, false, null,
            ["Xây dựng trang thông tin pháp luật cấp xã", "Ứng dụng trí tuệ nhân tạo trong giải đáp pháp luật",
             "Bảo đảm an toàn thông tin khi tuyên truyền trên mạng xã hội"],
            ["Hồ Sỹ Hùng", "Nguyễn Thị Hồng Hà", "Lương Văn Tuấn"],
            []),
        new("05-provincial-no-date-longan.txt", "Đưa pháp luật về bảo vệ môi trường đến gần hơn với người dân",
            null, null, null, null, null, null, null, false, null,
            ["Trách nhiệm của chính quyền cấp xã", "Phân loại rác tại nguồn", "Xử lý vi phạm hành chính về môi trường"],
            ["Phạm Tấn Hòa", "Võ Thành Nam"],
            []),
        new("06-hagiang-numbered-topics.txt", "Tập huấn kỹ năng hòa giải ở cơ sở cho vùng cao",
            "--08-16", "07:30", "thành phố Hà Giang, tỉnh Hà Giang", "Hà Giang", "Tuyên Quang", "Bắc", 200, false, null,
            ["Những điểm mới của Luật Hòa giải ở cơ sở và văn bản hướng dẫn", "Kỹ năng tiếp cận, thuyết phục các bên tranh chấp",
             "Hòa giải các vụ việc về đất đai, hôn nhân và gia đình", "Phối hợp giữa tổ hòa giải với công an xã trong giữ gìn an ninh trật tự"],
            ["Hoàng Thị Mai"],
            ["Sở Tư pháp tỉnh"]),
        new("07-worded-date-nghean.txt", "Nghệ An: Tập huấn công tác nhân quyền cho cán bộ cấp huyện",
            "2023-08-16", "14:30", "Trung tâm Hội nghị tỉnh Nghệ An", "Nghệ An", "Nghệ An", "Trung", 1200, true, null,
            ["Cơ chế bảo đảm quyền con người trong Hiến pháp năm 2013", "Quyền của người dân trong tiếp cận thông tin",
             "Kỹ năng trả lời phỏng vấn báo chí về các vấn đề nhân quyền"],
            ["Bùi Đình Long", "Nguyễn Đức Hải"],
            ["Sở Tư pháp tỉnh Nghệ An"]),
        new("08-parenthesized-date-danang.txt", "Đà Nẵng tập huấn phòng cháy, chữa cháy cho nhà hàng, khách sạn",
            "--08-16", "14:00", "TP. Đà Nẵng", "Đà Nẵng", "Đà Nẵng", "Trung", null, false, null,
            ["Quy định mới về điều kiện an toàn phòng cháy đối với cơ sở kinh doanh", "Kỹ năng thoát nạn trong nhà cao tầng",
             "Sử dụng bình chữa cháy và hệ thống báo cháy tự động"],
            ["Ngô Quang Vinh"],
            ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (Công an thành phố)", "Hiệp hội Du lịch Đà Nẵng"]),
        new("09-nfd-thanhhoa.txt", "Thanh Hóa tập huấn công tác dân vận chính quyền năm 2025",
            "2025-06-05", null, "Hội trường 25B, thành phố Thanh Hóa", "Thanh Hóa", "Thanh Hóa", "Trung", 300, false, null,
            ["Kỹ năng tiếp xúc, đối thoại với nhân dân", "Xây dựng phong cách người cán bộ gần dân, trọng dân"],
            ["Lê Thị Hoài Chung"],
            ["Ban Dân vận Tỉnh ủy Thanh Hóa"]),
        new("10-crlf-angiang.txt", null,
            "--10-03", "13:30", "thành phố Long Xuyên", "An Giang", "An Giang", "Nam", 150, true, null,
            ["Giám sát việc thực hiện chính sách an sinh xã hội", "Lấy ý kiến nhân dân về dự thảo văn bản",
             "Phản biện xã hội đối với quy hoạch sử dụng đất cấp xã"],
            ["Nguyễn Thanh Bình"],
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang"]),
        new("11-no-event-facts.txt", "Vì sao cần đổi mới cách tập huấn cho cán bộ cơ sở?",
            null, null, null, null, null, null, null, false, null, [], [], []),
        new("12-related-list-camau.txt", "Tập huấn nghiệp vụ trợ giúp pháp lý khu vực Đồng bằng sông Cửu Long năm 2022",
            "2022-11-22", "08:00", "TP Cà Mau", "Cà Mau", "Cà Mau", "Nam", 180, false, 13,
            ["Kỹ năng tham gia tố tụng trong vụ án hình sự có người chưa thành niên", "Trợ giúp pháp lý trong lĩnh vực đất đai",
             "Đánh giá chất lượng vụ việc trợ giúp pháp lý"],
            ["Phạm Văn Lợi", "Lâm Thị Thu"],
            ["Cục Trợ giúp pháp lý (Bộ Tư pháp)", "UBND tỉnh Cà Mau"]),
        new("13-after-merger-gialai.txt", "Gia Lai bồi dưỡng kỹ năng cho cán bộ xã, phường sau sắp xếp",
            "2025-09-12", null, "phường Quy Nhơn, tỉnh Gia Lai", "Gia Lai", "Gia Lai", "Trung", 350, false, null,
            ["Bảo đảm an ninh trật tự ở cơ sở", "Quản lý cán bộ sau sắp xếp"],
            ["Lê Văn Hùng", "Đỗ Minh Tuấn"],
            ["Sở Nội vụ", "Trường Chính trị tỉnh"]),
        new("14-tphcm-chu-tri.txt", "TP.HCM: Hơn 500 đại biểu dự hội thảo pháp luật về doanh nghiệp",
            "2024-03-08", null, "TP.HCM", "TP.HCM", "Hồ Chí Minh", "Nam", 500, true, null,
            ["Hợp đồng thương mại", "Thuế", "Lao động", "Sở hữu trí tuệ", "Giải quyết tranh chấp"],
            ["Nguyễn Văn Cừ"],
            ["Hội Luật gia Việt Nam", "Sở Tư pháp TP.HCM"]),
        new("15-dienbien-hour-only.txt", "Điện Biên: Hội nghị tập huấn công tác dân tộc năm 2024",
            "2024-04-03", "08:00", "thành phố Điện Biên Phủ", "Điện Biên", "Điện Biên", "Bắc", 90, false, null,
            ["Chính sách đối với người có uy tín", "Phòng, chống tảo hôn và hôn nhân cận huyết thống",
             "Phát triển kinh tế gắn với giữ gìn bản sắc văn hóa"],
            ["Nguyễn Hồng Phong"],
            ["Ban Dân tộc tỉnh Điện Biên"]),
    ];

    public static IEnumerable<object[]> Files => All.Select(e => new object[] { e.File });

    public static FixtureExpectation For(string file) => All.Single(e => e.File == file);

    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", "Fixtures", file));

    public static ArticleEvent Extract(string file) => new ArticleExtractor().Extract(Read(file));
}
