using BulletinBot.Articles;
using BulletinBot.Articles.Dates;
using BulletinBot.Articles.Text;

namespace BulletinBot.Tests.Articles;

/// <summary>The start time: clock times with a cue, never durations.</summary>
public sealed class TimeRulesTests
{
    [Theory]
    [InlineData("Hội nghị khai mạc lúc 8h00 ngày 16/8.", "08:00")]
    [InlineData("Hội nghị bắt đầu từ 14 giờ 30.", "14:30")]
    [InlineData("Lớp học khai mạc lúc 8 giờ.", "08:00")]
    [InlineData("Lễ khai mạc diễn ra lúc 14h.", "14:00")]
    [InlineData("Buổi tọa đàm bắt đầu lúc 2 giờ chiều.", "14:00")]
    [InlineData("Hội nghị bắt đầu lúc 7h30' sáng.", "07:30")]
    [InlineData("Sáng nay, hội nghị khai mạc.", null)]
    [InlineData("Hội nghị kéo dài 3 giờ đồng hồ.", null)]
    [InlineData("Thời sự 24h: hội nghị tập huấn.", null)]
    public void Reads_cued_clock_times(string sentence, string? expected)
    {
        var actual = EventTimeFinder.First(VietnameseText.Fold(sentence), requireCue: true);
        Assert.True(expected == actual, $"{sentence}: time expected {expected ?? "null"} got {actual ?? "null"}");
    }

    [Fact]
    public void Time_in_the_event_sentence_needs_no_cue() =>
        Assert.Equal("08:30", new ArticleExtractor().Extract("8 giờ 30 sáng 16/8, tại tỉnh Hà Nam, Sở Tư pháp tổ chức hội nghị tập huấn.").Time);
}
