using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.Digest;

/// <summary>
/// The weekly digest as subscribers read it: one line per event of the next 14 days (date, place, title), then the
/// conferences published in the last 7 days with delegates, provinces and topics. Each event is its own paragraph, so
/// the outbox splits a long digest between events.
/// </summary>
public static class DigestText
{
    private const int Topics = 3;

    public static Html Compose(ChatDigest digest, string week, Language language)
    {
        var paragraphs = new List<Html>
        {
            Html.Format($"📰 <b>{language.Pick("Bản tin tuần", "Weekly digest")}</b> · {WeekLabel(week, language)}"),
        };
        if (digest.Upcoming.Count > 0)
        {
            paragraphs.Add(Html.Format($"📅 <b>{language.Pick("Sắp diễn ra (14 ngày tới)", "Coming up (next 14 days)")}</b>"));
            paragraphs.AddRange(digest.Upcoming.Select(e => Upcoming(e, language)));
        }

        if (digest.Recent.Count > 0)
        {
            paragraphs.Add(Html.Format($"🆕 <b>{language.Pick("Hội nghị mới đăng (7 ngày qua)", "Newly published (last 7 days)")}</b>"));
            paragraphs.AddRange(digest.Recent.Select(e => Recent(e, language)));
        }

        paragraphs.Add(Html.Trusted(language.Pick(
            "Đổi ngày giờ nhận bản tin hoặc tắt: /settings",
            "Change the day and hour of this digest, or turn it off: /settings")));
        return Html.Join("\n\n", paragraphs);
    }

    /// <summary>`• Thứ Bảy, 16/08/2026 · 08:00 — Hội trường A, Hà Nội` then the title and its /event link.</summary>
    private static Html Upcoming(EventRecord e, Language language) =>
        Html.Format($"• {EventText.When(e.Fields, language)} — {EventText.Clip(EventText.Place(e.Fields, language), 120)}\n") + Html.Bold(EventText.Clip(e.Fields.Title, 160))
        + Html.Format($" · /event {e.Id}");

    private static Html Recent(EventRecord e, Language language)
    {
        var fields = e.Fields;
        var lines = new List<Html>
        {
            Html.Trusted("• ") + Html.Bold(EventText.Clip(fields.Title, 160)) + Html.Format($" · /event {e.Id}"),
            Html.Format($"  📅 {EventText.When(fields, language)} · 📍 {EventText.Clip(EventText.Place(fields, language), 120)}"),
        };
        if (EventText.Delegates(fields, language) is { } delegates)
        {
            lines.Add(Html.Format($"  👥 {delegates}"));
        }

        if (fields.Topics.Count > 0)
        {
            var shown = string.Join("; ", fields.Topics.Take(Topics).Select(t => EventText.Clip(t, 80)));
            var more = fields.Topics.Count > Topics ? language.Pick($" (+{fields.Topics.Count - Topics} chuyên đề khác)", $" (+{fields.Topics.Count - Topics} more)") : "";
            lines.Add(Html.Format($"  📚 {fields.Topics.Count} {language.Pick("chuyên đề", "topics")}: {shown}{more}"));
        }

        return Html.Join("\n", lines);
    }

    /// <summary>`tuần 33/2026` / `week 33 of 2026`.</summary>
    private static string WeekLabel(string week, Language language)
    {
        var year = week[..4];
        var number = week[6..].TrimStart('0');
        return language.Pick($"tuần {number}/{year}", $"week {number} of {year}");
    }
}
