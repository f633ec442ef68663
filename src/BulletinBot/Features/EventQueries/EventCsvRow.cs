using BulletinBot.Features.Events;
using CsvHelper;

namespace BulletinBot.Features.EventQueries;

/// <summary>One event as a row of the export, with Vietnamese headings and dates as dd/MM/yyyy, as the office reads them.</summary>
[CsvRecord]
public sealed partial class EventCsvRow
{
    [CsvColumn("Mã")]
    public long Id { get; set; }

    [CsvColumn("Trạng thái")]
    public string Status { get; set; } = "";

    [CsvColumn("Tiêu đề")]
    public string Title { get; set; } = "";

    [CsvColumn("Ngày")]
    public string Date { get; set; } = "";

    [CsvColumn("Giờ")]
    public string Time { get; set; } = "";

    [CsvColumn("Địa điểm")]
    public string Venue { get; set; } = "";

    [CsvColumn("Tỉnh, thành (như bài viết)")]
    public string Province { get; set; } = "";

    [CsvColumn("Tỉnh, thành hiện nay")]
    public string CurrentProvince { get; set; } = "";

    [CsvColumn("Miền")]
    public string Region { get; set; } = "";

    [CsvColumn("Đại biểu")]
    public int? Attendees { get; set; }

    [CsvColumn("Đại biểu là số tối thiểu")]
    public string AttendeesAtLeast { get; set; } = "";

    [CsvColumn("Số tỉnh, thành")]
    public int? ProvincesCount { get; set; }

    [CsvColumn("Chuyên đề")]
    public string Topics { get; set; } = "";

    [CsvColumn("Thành phần")]
    public string People { get; set; } = "";

    [CsvColumn("Đơn vị tổ chức")]
    public string Organizers { get; set; } = "";

    [CsvColumn("Tóm tắt")]
    public string Summary { get; set; } = "";

    [CsvColumn("Nguồn")]
    public string SourceUrl { get; set; } = "";

    public static EventCsvRow From(EventRecord record)
    {
        var fields = record.Fields;
        return new EventCsvRow
        {
            Id = record.Id,
            Status = record.IsCancelled ? "đã huỷ" : "đã đăng",
            Title = fields.Title,
            Date = fields.Date is { } date ? EventText.Day(date) : "",
            Time = fields.Time is { } time ? EventText.Time(time) : "",
            Venue = fields.Venue ?? "",
            Province = fields.Province ?? "",
            CurrentProvince = fields.CurrentProvince ?? "",
            Region = fields.Region ?? "",
            Attendees = fields.Attendees,
            AttendeesAtLeast = fields.AttendeesAtLeast ? "có" : "",
            ProvincesCount = fields.ProvincesCount,
            Topics = string.Join("; ", fields.Topics),
            People = string.Join("; ", fields.People.Select(p => p.Role is { Length: > 0 } role ? $"{p.Name} ({role})" : p.Name)),
            Organizers = string.Join("; ", fields.Organizers),
            Summary = fields.Summary ?? "",
            SourceUrl = fields.SourceUrl ?? "",
        };
    }
}
