using BulletinBot.Features.EventQueries;
using BulletinBot.Features.Events;
using BulletinBot.Tests.Infrastructure;
using CsvHelper;
using static BulletinBot.Tests.Features.EventQueries.EventQueryScenario;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class ExportCommandTests
{
    private const long Alice = 501;

    [Fact]
    public async Task Export_sends_every_event_as_csv_that_reads_back_with_its_vietnamese_intact()
    {
        await using var bot = await StartAsync();
        var day = Today.AddDays(-20);
        var held = await bot.AddEventAsync(new EventFields
        {
            Title = "Hội nghị \"Dân vận khéo\", Đắk Lắk", Date = day, Time = new TimeOnly(14, 0), Venue = "Hội trường tỉnh Đắk Lắk",
            Attendees = 320, AttendeesAtLeast = true, ProvincesCount = 5, Topics = ["Quyền trẻ em", "Bình đẳng giới"],
        });
        var formula = await bot.AddEventAsync("=HYPERLINK(\"http://x\";\"bấm\")", 3);
        var cancelled = await bot.AddEventAsync("Hội nghị bị huỷ", 8);
        await bot.CancelEventAsync(cancelled);

        var file = await bot.DocumentAfterAsync(AdminUser, () => bot.Api.EnqueueMessage(AdminUser, AdminUser, "/export"));

        Assert.Matches(@"^su-kien-\d{4}-\d{2}-\d{2}\.csv$", file.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.Content[..3]);
        using var reader = CsvReader.Create(new MemoryStream(file.Content));
        var rows = reader.GetRecords<EventCsvRow>().ToList();
        Assert.Equal([held, formula, cancelled], rows.Select(r => r.Id));
        var first = rows[0];
        Assert.Equal(("Hội nghị \"Dân vận khéo\", Đắk Lắk", day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), "14:00"), (first.Title, first.Date, first.Time));
        Assert.Equal((320, "có", 5, "Quyền trẻ em; Bình đẳng giới"), (first.Attendees, first.AttendeesAtLeast, first.ProvincesCount, first.Topics));
        Assert.Equal("'=HYPERLINK(\"http://x\";\"bấm\")", rows[1].Title);
        Assert.Equal("đã huỷ", rows[2].Status);
        Assert.Contains("3 sự kiện", file.Caption);
    }

    [Fact]
    public async Task Export_and_stats_are_for_admins_only()
    {
        await using var bot = await StartAsync();
        await bot.SayAsync(Alice, "/start");
        await bot.SayAsync(AdminUser, $"/grant {Alice} organizer");

        var export = await bot.SayAsync(Alice, "/export", match: m => m.Text.Contains("/export", StringComparison.Ordinal));
        var stats = await bot.SayAsync(Alice, "/stats", match: m => m.Text.Contains("/stats", StringComparison.Ordinal));

        Assert.Contains("chỉ dành cho quản trị viên", export.Text);
        Assert.Contains("chỉ dành cho quản trị viên", stats.Text);
        Assert.Empty(bot.Api.SentDocuments);
    }

    [Fact]
    public async Task With_no_events_there_is_nothing_to_export_and_no_empty_file()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SayAsync(AdminUser, "/export");

        Assert.Contains("Chưa có sự kiện nào để xuất", reply.Text);
        Assert.Empty(bot.Api.SentDocuments);
    }

    [Fact]
    public async Task A_large_export_is_cut_into_files_that_each_read_back_with_their_heading()
    {
        var events = Enumerable.Range(1, 1000).Select(i => new EventRecord(i, EventStatus.Published,
            new EventFields { Title = $"Hội nghị số {i} về quyền trẻ em", Date = new DateOnly(2026, 1, 1).AddDays(i % 300) }, 1, 1, 0, EventOrigin.Form));

        var files = await EventCsvExport.WriteAsync(events.ToAsyncEnumerable(), maxFileBytes: 20_000, CancellationToken.None);
        try
        {
            Assert.True(files.Count > 2, $"{files.Count} files");
            var ids = new List<long>();
            foreach (var file in files)
            {
                Assert.True(file.Content.Length < 40_000);
                using var reader = CsvReader.Create(file.Content);
                var rows = reader.GetRecords<EventCsvRow>().ToList();
                Assert.Equal(file.Events, rows.Count);
                ids.AddRange(rows.Select(r => r.Id));
            }

            Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), ids);
        }
        finally
        {
            foreach (var file in files)
            {
                await file.Content.DisposeAsync();
            }
        }
    }
}
