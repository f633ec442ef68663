using System.Globalization;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>/export: every announced event (published and cancelled) as a CSV document for Excel.</summary>
public sealed class ExportCommand(EventCatalog catalog, OfficeDay office) : IChatCommand
{
    public CommandInfo Info { get; } = new("export", Role.Admin, "/export", "Tải danh sách mọi sự kiện (tệp CSV cho Excel)", "Download every event (a CSV file for Excel)") { Order = 52 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        var files = await EventCsvExport.WriteAsync(catalog.AllAsync(ct), EventCsvExport.MaxFileBytes, ct);
        if (files.Count == 0)
        {
            return Reply.With(Html.Trusted(language.Pick("Chưa có sự kiện nào để xuất.", "There are no events to export yet.")));
        }

        var now = office.Now;
        var stem = "su-kien-" + now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var total = files.Sum(f => f.Events);
        var documents = files.Select((file, i) =>
        {
            var part = files.Count == 1 ? "" : $" · {language.Pick("phần", "part")} {i + 1}/{files.Count}";
            var caption = Html.Format($"📊 {language.Pick("Danh sách sự kiện", "Event list")} · {EventText.Number(file.Events)} {language.Pick("sự kiện", "events")}{part}\n")
                + Html.Format($"{language.Pick("Xuất lúc", "Exported at")} {now.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)} · {language.Pick("mở bằng Excel", "opens in Excel")}");
            var name = files.Count == 1 ? stem + ".csv" : $"{stem}-{i + 1}.csv";
            return new ReplyDocument(name, file.Content, caption);
        });
        var reply = files.Count == 1
            ? Reply.None
            : Reply.With(Html.Format($"{EventText.Number(total)} {language.Pick("sự kiện, chia thành", "events, split into")} {files.Count} {language.Pick("tệp vì Telegram giới hạn cỡ tệp.", "files to stay within Telegram's file size limit.")}"));
        return reply with { Documents = [.. documents] };
    }
}
