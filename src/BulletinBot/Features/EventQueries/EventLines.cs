using BulletinBot.Articles;
using BulletinBot.Chat;
using BulletinBot.Features.Events;

namespace BulletinBot.Features.EventQueries;

/// <summary>How an event reads as an entry of a list: a few short lines with its #id, date, place and title.</summary>
public static class EventLines
{
    private const int TitleLength = 110;
    private const int PlaceLength = 60;

    /// <summary>`#12 · Thứ Bảy, 16/08/2026 · 08:00`, the title, and where.</summary>
    public static ListEntry Upcoming(EventRecord record, Language language)
    {
        var fields = record.Fields;
        var text = Html.Format($"<b>#{record.Id}</b> · {EventText.When(fields, language)}\n")
            + Html.Escape(EventText.Clip(fields.Title, TitleLength))
            + Html.Format($"\n📍 {ShortPlace(fields, language)}");
        return new ListEntry(record.Id, text);
    }

    /// <summary>`#7 · 12/07/2026 · 📍 Lâm Đồng`, the title, and its delegates and provinces.</summary>
    public static ListEntry Held(EventRecord record, Language language)
    {
        var fields = record.Fields;
        var text = Html.Format($"<b>#{record.Id}</b> · {Day(fields, language)} · 📍 {ShortPlace(fields, language)}\n")
            + Html.Escape(EventText.Clip(fields.Title, TitleLength));
        if (EventText.Delegates(fields, language) is { } delegates)
        {
            text += Html.Format($"\n👥 {delegates}");
        }

        return new ListEntry(record.Id, text);
    }

    /// <summary>The title with the searched words in bold, and a few words around a match elsewhere in the event.</summary>
    public static ListEntry Found(EventRecord record, SearchTerms terms, Language language)
    {
        var fields = record.Fields;
        var status = record.IsCancelled ? Html.Format($" · ❌ {language.Pick("đã huỷ", "cancelled")}") : Html.Empty;
        var text = Html.Format($"<b>#{record.Id}</b> · {Day(fields, language)} · 📍 {ShortPlace(fields, language)}") + status
            + Html.Trusted("\n") + SearchHighlight.Mark(EventText.Clip(fields.Title, TitleLength), terms);
        if (Elsewhere(fields, terms) is { } snippet)
        {
            text += Html.Trusted("\n") + snippet;
        }

        return new ListEntry(record.Id, text);
    }

    /// <summary>The venue, and the province as it is named now when the venue does not say it (`(Bình Thuận cũ)` after a merger).</summary>
    public static string ShortPlace(EventFields fields, Language language)
    {
        var venue = fields.Venue is { Length: > 0 } v ? EventText.Clip(v, PlaceLength) : null;
        if (fields.CurrentProvince is not { } current)
        {
            return venue ?? fields.Province ?? language.Pick("chưa rõ nơi", "place not known");
        }

        var former = fields.Province is { } named && named != current
            ? language.Pick($" ({named} cũ)", $" (formerly {named})")
            : "";
        if (venue is null)
        {
            return current + former;
        }

        var mentions = ProvinceDirectory.Fold(venue).Contains(ProvinceDirectory.Fold(current), StringComparison.Ordinal);
        return mentions && former.Length == 0 ? venue : $"{venue} · {current}{former}";
    }

    private static string Day(EventFields fields, Language language) =>
        fields.Date is { } date ? EventText.Day(date) : language.Pick("(chưa có ngày)", "(no date)");

    // The first field after the title that holds a searched word: where it is, what it covers, who spoke, who organized it.
    private static Html? Elsewhere(EventFields fields, SearchTerms terms)
    {
        string?[] texts =
        [
            fields.Venue,
            string.Join("; ", fields.Topics),
            string.Join("; ", fields.People.Select(p => p.Role is { Length: > 0 } role ? $"{p.Name} — {role}" : p.Name)),
            string.Join("; ", fields.Organizers),
            fields.Summary,
        ];
        return texts.OfType<string>().Select(t => SearchHighlight.Snippet(t, terms)).FirstOrDefault(s => s is not null);
    }
}
