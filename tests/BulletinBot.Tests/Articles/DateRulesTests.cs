using BulletinBot.Articles;
using BulletinBot.Articles.Dates;
using BulletinBot.Articles.Text;

namespace BulletinBot.Tests.Articles;

/// <summary>Every written form of a day, the event's day among the others, and the year it takes.</summary>
public sealed class DateRulesTests
{
    private const string GiaLaiTitle = "Tập huấn công tác hòa giải ở cơ sở\n\n";
    private const string GiaLaiEvent = ", tại TP Pleiku, Sở Tư pháp tỉnh Gia Lai tổ chức hội nghị tập huấn cho 120 hòa giải viên.\n";

    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("Ngày 16/8, Sở Tư pháp tổ chức hội nghị.", null, 8, 16)]
    [InlineData("Ngày 3-10, hội nghị diễn ra tại Huế.", null, 10, 3)]
    [InlineData("Ngày 29-12-2020, tại tỉnh Bạc Liêu, hội nghị đã diễn ra.", 2020, 12, 29)]
    [InlineData("Ngày 16 tháng 8 năm 2023, hội nghị khai mạc.", 2023, 8, 16)]
    [InlineData("Sáng 16/8, lớp tập huấn khai giảng.", null, 8, 16)]
    [InlineData("Hôm nay (16/8), hội nghị khai mạc.", null, 8, 16)]
    [InlineData("Trong hai ngày 15-16/8, hội thảo diễn ra tại Vinh.", null, 8, 15)]
    [InlineData("Chiều 5/6/2024, hội nghị bế mạc.", 2024, 6, 5)]
    [InlineData("Trong hai ngày 21 và 22/9, lớp bồi dưỡng diễn ra tại Pleiku.", null, 9, 21)]
    [InlineData("Các ngày 7, 8/11/2025, hội thảo được tổ chức tại Cần Thơ.", 2025, 11, 7)]
    [InlineData("Trong 2 ngày 3 và 4-12, Sở Tư pháp mở lớp tập huấn.", null, 12, 3)]
    [InlineData("Từ ngày 25 đến 27/10, hội nghị diễn ra tại Đà Nẵng.", null, 10, 25)]
    [InlineData("Từ ngày 25 đến ngày 27 tháng 10, hội nghị diễn ra tại Đà Nẵng.", null, 10, 25)]
    [InlineData("Từ ngày 25 đến 27 tháng 10 năm 2023, lớp bồi dưỡng diễn ra tại Huế.", 2023, 10, 25)]
    [InlineData("Ngày 10.8, Hội Nông dân tỉnh mở lớp tập huấn.", null, 8, 10)]
    [InlineData("Chiều 10.8.2025, Hội Nông dân tỉnh mở lớp tập huấn.", 2025, 8, 10)]
    [InlineData("Từ 30/9 đến 2/10, lớp bồi dưỡng diễn ra tại Trường Chính trị tỉnh.", null, 9, 30)]
    [InlineData("Trong hai ngày 30/9 và 1/10, Sở Y tế mở lớp tập huấn.", null, 9, 30)]
    [InlineData("Từ ngày 30-9 đến ngày 2-10, Sở Y tế mở lớp tập huấn.", null, 9, 30)]
    [InlineData("Từ 30/11 đến 2/12/2023, lớp bồi dưỡng diễn ra tại Huế.", 2023, 11, 30)]
    [InlineData("Từ ngày 30.12 - 2.1.2024, lớp bồi dưỡng diễn ra tại Huế.", 2023, 12, 30)]
    public void Reads_each_written_form(string sentence, int? year, int month, int day)
    {
        var first = VietnameseDateReader.Read(VietnameseText.Fold(sentence))[0];
        Assert.True((first.Year, first.Month, first.Day) == (year, month, day), $"{sentence}: date expected {year}-{month}-{day} got {first.Year}-{first.Month}-{first.Day}");
    }

    [Theory]
    [InlineData("Tỉnh đạt 7/7 chỉ tiêu văn hóa - xã hội.")]
    [InlineData("Tỷ lệ hồ sơ trực tuyến tăng 3-5% mỗi năm.")]
    [InlineData("Ngày 31/2, không có ngày nào như vậy.")]
    public void Ignores_fractions_ranges_and_impossible_days(string sentence) =>
        Assert.True(VietnameseDateReader.Read(VietnameseText.Fold(sentence)).Count == 0, $"{sentence}: expected no date");

    [Fact]
    public void Date_prefers_event_date_over_publication_stamp() =>
        Assert.Equal("2023-08-16", new ArticleExtractor().Extract(
            "Tập huấn pháp luật\n\nThứ Hai, 14/08/2023 10:25\n\nNgày 16/8/2023, tại tỉnh Nghệ An, Sở Tư pháp tổ chức hội nghị tập huấn cho cán bộ.").Date);

    [Fact]
    public void Date_passes_over_deadlines_document_dates_and_history() =>
        Assert.Equal("--09-05", new ArticleExtractor().Extract(
            "Theo Kế hoạch số 12/KH-UBND ngày 2/3/2023, các xã nộp báo cáo trước ngày 30/9. Tuyên ngôn được thông qua ngày 10/12/1948. "
            + "Sáng 5/9, tại Hà Nội, Bộ Tư pháp tổ chức hội nghị tập huấn.").Date);

    [Theory]
    [InlineData("Vừa qua, tại tỉnh Gia Lai, Sở Nông nghiệp tổ chức hội thảo về cà phê. Lô hàng phải chứng minh vườn không trồng trên đất rừng sau ngày 31/12/2020.", null)]
    [InlineData("Thứ Sáu 5/9/2025, tại tỉnh Gia Lai, Sở Nông nghiệp tổ chức hội thảo về cà phê.", "2025-09-05")]
    public void A_cut_off_day_after_sau_is_no_event_date(string text, string? date) =>
        Assert.Equal(date, new ArticleExtractor().Extract(text).Date);

    [Theory]
    [InlineData("Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), chiều 8/11, Phòng Tư pháp tổ chức tọa đàm tại hội trường.", "2024-11-08")]
    [InlineData("Chào mừng Ngày Quốc tế Phụ nữ (8/3), sáng 6/3, Hội LHPN tổ chức hội thảo tại hội trường.", "2024-03-06")]
    [InlineData("Sáng nay (4/3), lúc 7 giờ, Trung tâm Chính trị huyện tổ chức khai giảng lớp bồi dưỡng.", "2024-03-04")]
    public void A_bracketed_day_after_the_name_of_a_day_of_the_year_is_not_the_event_date(string sentence, string date) =>
        Assert.Equal(date, extractor.Extract(GiaLaiTitle + "Thứ Sáu, 08/11/2024 | 17:20\n\n" + sentence + "\n", published: null).Date);

    [Theory]
    [InlineData("VINH (04/10/2024) – Ngày 3-10, Cục Thuế tỉnh tổ chức hội nghị tập huấn tại Trung tâm Hội nghị.", "2024-10-03")]
    [InlineData("PLEIKU (30/12/2024) - Ngày 28-12, Sở Tư pháp tổ chức hội nghị tập huấn tại hội trường.", "2024-12-28")]
    public void A_dateline_stamps_the_article_and_is_not_the_event_date(string sentence, string date) =>
        Assert.Equal(date, extractor.Extract(GiaLaiTitle + sentence + "\n").Date);

    [Fact]
    public void Date_takes_the_year_of_the_event_name_in_the_same_sentence() =>
        Assert.Equal("2024-10-03", new ArticleExtractor().Extract(
            "Ngày 3-10, Bộ Nội vụ tổ chức Hội nghị tập huấn đợt 2 năm 2024 tại thành phố Quy Nhơn, tỉnh Bình Định.").Date);

    [Fact]
    public void Date_stays_yearless_when_the_year_belongs_to_something_else() =>
        Assert.Equal("--08-16", new ArticleExtractor().Extract(
            "Ngày 16/8, tỉnh tổ chức hội nghị tập huấn tại Lào Cai. Năm 2023 tỉnh đạt 7/7 chỉ tiêu.").Date);

    [Fact]
    public void Date_ignores_related_link_lists() =>
        Assert.Equal("--04-02", new ArticleExtractor().Extract(
            "Tập huấn an toàn giao thông cho học sinh\n\nSáng 2/4, tại tỉnh Lạng Sơn, Ban An toàn giao thông tỉnh tổ chức hội nghị tập huấn cho giáo viên.\n\n"
            + "Có thể bạn quan tâm\n\nNgày 1/1/2024, tỉnh tổ chức hội nghị tổng kết năm 2023.").Date);

    [Theory]
    [InlineData("Lớp học diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "2024-10-07")]
    [InlineData("Hội nghị diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "2024-10-07")]
    [InlineData("Chương trình diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "2024-10-07")]
    [InlineData("Năm 2023, Sở đã mở 3 lớp tương tự. Lớp học diễn ra ngày 7/10 tại thành phố Hà Tĩnh.", "--10-07")]
    public void Event_name_year_carries_to_a_date_that_refers_back(string next, string date)
    {
        var e = extractor.Extract("Bồi dưỡng kỹ năng cho cán bộ cấp xã\n\nSở Nội vụ tỉnh Hà Tĩnh vừa phối hợp với Trường Chính trị tỉnh tổ chức "
            + "Hội nghị bồi dưỡng kỹ năng lãnh đạo năm 2024 cho cán bộ cấp xã. " + next + "\n");
        Assert.Equal(date, e.Date);
    }

    [Theory]
    [InlineData("Thứ Hai, 04/03/2024 - 15:20", "Sáng nay", "2024-03-04")]
    [InlineData("04/03/2024 15:20", "Chiều nay", "2024-03-04")]
    [InlineData("Cập nhật: 15:20 | 04/03/2024", "Hôm nay", "2024-03-04")]
    [InlineData("Ngày đăng: 04/03/2024", "Hôm qua", "2024-03-03")]
    [InlineData("Đăng ngày: 01/03/2024 - 07:00", "Hôm qua", "2024-02-29")]
    public void A_relative_day_opening_the_lead_resolves_against_the_stamp(string stamp, string relative, string date) =>
        Assert.Equal(date, extractor.Extract(GiaLaiTitle + stamp + "\n\n" + relative + GiaLaiEvent).Date);

    [Theory]
    [InlineData("Thứ Hai, 04/03/2024 | 15:20 GMT+7", "GLO - Sáng nay", "2024-03-04")]
    [InlineData("04/03/2024 15:20 (GMT+7)", "(Baogialai.vn) - Chiều nay", "2024-03-04")]
    [InlineData("Thứ Hai, 04/03/2024 - 15:20", "Pleiku (TTXVN) - Hôm qua", "2024-03-03")]
    public void A_relative_day_after_an_agency_tag_resolves_against_the_stamp(string stamp, string relative, string date) =>
        Assert.Equal(date, extractor.Extract(GiaLaiTitle + stamp + "\n\n" + relative + GiaLaiEvent).Date);

    [Theory]
    [InlineData("04/03/2024 | 15:20", "Sáng nay (4/3)", "2024-03-04")]
    [InlineData("Thứ Hai, 04/03/2024 - 15:20", "Hôm qua (3/3)", "2024-03-03")]
    [InlineData("04/03/2024 | 15:20", "Sáng nay (5/3)", "2024-03-05")]
    public void A_written_day_agreeing_with_the_stamp_takes_its_year(string stamp, string relative, string date) =>
        Assert.Equal(date, extractor.Extract(GiaLaiTitle + stamp + "\n\n" + relative + GiaLaiEvent).Date);

    [Fact]
    public void A_relative_day_inside_the_event_sentence_resolves_against_the_stamp() =>
        Assert.Equal("2024-03-04", extractor.Extract(GiaLaiTitle + "Thứ Hai, 04/03/2024 15:20 GMT+7\n\n"
            + "Sở Tư pháp tỉnh Gia Lai tối nay tổ chức hội nghị tập huấn cho 120 hòa giải viên tại TP Pleiku.\n").Date);

    [Theory]
    [InlineData("Sáng 4/3" + GiaLaiEvent, "--03-04")]
    [InlineData("Sáng nay" + GiaLaiEvent, null)]
    public void Without_a_stamp_no_year_is_borrowed(string text, string? date) =>
        Assert.Equal(date, extractor.Extract(GiaLaiTitle + text).Date);

    [Theory]
    [InlineData("Thứ Sáu, 09/01/2026 07:45 (GMT+7)", "Ngày 30/12", "2025-12-30")]
    [InlineData("Cập nhật: 09:10 | 14/08/2024     Lượt xem: 2.031", "Ngày 13.8", "2024-08-13")]
    [InlineData("Ngày đăng: 21/10/2025   Lượt xem: 88   Cỡ chữ: A- A A+", "Chiều 20/10", "2025-10-20")]
    [InlineData("Đăng ngày: 05/12/2024 | Chuyên mục: Pháp luật | Tác giả: Minh Châu", "Ngày 4/12", "2024-12-04")]
    [InlineData("Báo Điện Biên điện tử   |   Thứ Năm, 07/11/2024", "Sáng 6/11", "2024-11-06")]
    [InlineData("Quảng Bình 24h - 17/09/2025, 21:05", "Chiều 17.9", "2025-09-17")]
    [InlineData("Cập nhật 03-01-2025 10:12  |  BĐN", "Từ 30/12 đến 2/1", "2024-12-30")]
    public void A_day_without_a_year_takes_the_year_that_puts_it_on_or_before_the_stamp(string stamp, string day, string date) =>
        Assert.Equal(date, extractor.Extract("Tập huấn công tác hòa giải ở cơ sở\n\n" + stamp + "\n\n" + day + GiaLaiEvent).Date);

    [Fact]
    public void An_announced_day_takes_the_year_that_puts_it_on_or_after_the_stamp() =>
        Assert.Equal("2025-01-08", extractor.Extract("Sắp tập huấn công tác hòa giải\n\nThứ Sáu, 20/12/2024 16:00\n\n"
            + "Ngày 8/1, Sở Tư pháp tỉnh Gia Lai sẽ tổ chức hội nghị tập huấn cho 120 hòa giải viên tại TP Pleiku.\n").Date);

    [Fact]
    public void The_stamp_wins_over_a_year_the_sentence_gives_to_something_else() =>
        Assert.Equal("2024-12-27", extractor.Extract("Phổ biến chính sách thuế mới\n\nCập nhật 27-12-2024 15:10\n\n"
            + "Sáng 27-12, Cục Thuế tỉnh tổ chức hội nghị tập huấn các chính sách thuế có hiệu lực năm 2025 cho doanh nghiệp.\n").Date);

    [Theory]
    [InlineData("Tập huấn công tác hòa giải ở cơ sở\n\nNgày 30/12" + GiaLaiEvent, "2025-12-30")]
    [InlineData("Tập huấn công tác hòa giải ở cơ sở\n\n04/03/2025 | 15:20\n\nNgày 3/3" + GiaLaiEvent, "2025-03-03")]
    public void A_publication_date_from_page_metadata_serves_when_the_text_prints_no_stamp(string text, string date) =>
        Assert.Equal(date, extractor.Extract(text, published: new DateOnly(2026, 1, 9)).Date);

    [Fact]
    public void A_spaced_at_sign_is_no_e_mail_and_keeps_the_lead() =>
        Assert.Equal("2024-04-17", extractor.Extract("Diễn đàn khuyến nông\n18/04/2024 07:45\n"
            + "Ngày 17/4, Trung tâm Khuyến nông tỉnh tổ chức Diễn đàn khuyến nông @ nông nghiệp với chủ đề lúa chất lượng cao.\n").Date);

    [Fact]
    public void Dates_in_a_related_link_list_are_no_stamp() =>
        Assert.Equal("--08-13", extractor.Extract("Tập huấn công tác hòa giải ở cơ sở\n\nNgày 13/8" + GiaLaiEvent
            + "\nTin liên quan\n- Tập huấn pháp luật cho 200 người dân (05/08/2024)\n- Hội thi hòa giải viên giỏi (29/07/2024)\n").Date);
}
