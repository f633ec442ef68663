using System.Text.RegularExpressions;
using BulletinBot.Articles;
using BulletinBot.Chat;
using BulletinBot.Telemetry;

namespace BulletinBot.Features.Events;

/// <summary>
/// Turns a pasted or forwarded news article into a draft event with the extractor, and shows its preview card. A date
/// the article gives without a year, or one already past, is left for the organizer to confirm.
/// </summary>
public sealed partial class ArticleDraftMaker(EventDesk desk, ArticleExtractor extractor, BotMetrics metrics)
{
    /// <param name="published">The page's publication day when the article comes from a link; a pasted text carries its own stamp.</param>
    public async Task<Reply> PreviewAsync(CommandContext context, string article, string? source, DateOnly? published, CancellationToken ct)
    {
        var language = context.Language;
        if (article.Length > EventLimits.Article)
        {
            return Reply.With(Html.Escape(TooLong(article.Length, language)));
        }

        var started = BotMetrics.Start();
        var found = extractor.Extract(article, published);
        metrics.ArticleExtracted(BotMetrics.Since(started));
        var fields = FieldsOf(found, source ?? FirstLink(article), desk.Today, language);
        return await desk.CreateDraftAsync(context, fields, EventOrigin.Article, ct);
    }

    public static string TooLong(int length, Language language) => language.Pick(
        $"Bài quá dài: {EventText.Number(length)} ký tự, tối đa {EventText.Number(EventLimits.Article)}. Hãy gửi phần tin về hội nghị, hoặc gửi đường link bài báo.",
        $"That article is too long: {EventText.Number(length)} characters, at most {EventText.Number(EventLimits.Article)}. Send the part about the conference, or a link to it.");

    public static EventFields FieldsOf(ArticleEvent found, string? source, DateOnly today, Language language)
    {
        var date = found.EventDate is { } day && ArticleDate.IsValid(day.Year, day.Month, day.Day)
            ? new TypedWhen(day.Day, day.Month, day.Year, null, IsValid: true)
            : null;
        var eventDay = date?.DateFrom(today);
        return new EventFields
        {
            Title = found.Title is { Length: > 0 } title
                ? EventText.Clip(title, EventLimits.Title)
                : language.Pick("(bài viết chưa có tiêu đề — bấm Sửa)", "(the article has no headline — press Edit)"),
            Date = eventDay,
            Time = TimeOnly.TryParseExact(found.Time, "HH:mm", out var time) ? time : null,
            DateConfirmed = date is { Year: not null } && eventDay >= today,
            Venue = found.Location is { } location ? EventText.Clip(location, EventLimits.Venue) : null,
            Province = found.Province,
            CurrentProvince = found.CurrentProvince,
            Region = found.Region,
            Attendees = found.Attendees,
            AttendeesAtLeast = found.AttendeesAtLeast,
            ProvincesCount = found.Provinces,
            Topics = found.Topics,
            People = found.People,
            Organizers = found.Organizers,
            Summary = found.Summary is { } summary ? EventText.Clip(summary, EventLimits.Summary) : null,
            SourceUrl = EventText.Link(source),
        };
    }

    private static string? FirstLink(string text) => Link().Match(text) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
