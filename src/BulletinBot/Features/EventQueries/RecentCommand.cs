using BulletinBot.Articles;
using BulletinBot.Chat;

namespace BulletinBot.Features.EventQueries;

/// <summary>/recent [n | 30d | province]: conferences held, newest first; a province by any current or former name.</summary>
public sealed class RecentCommand(RecentList list, ProvinceDirectory provinces) : IChatCommand
{
    public CommandInfo Info { get; } = new("recent", Role.Organizer, "/recent 30d",
        "Hội nghị đã tổ chức (số lượng, số ngày, hoặc tỉnh)", "Conferences held (a count, days, or a province)") { Order = 45 };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (RecentScope.Read(context.Args, provinces, out var problem) is { } scope)
        {
            return await list.PageAsync(scope, 1, language, replaces: false, ct);
        }

        var what = problem switch
        {
            RecentProblem.BadCount => Html.Format($"{language.Pick("Số sự kiện phải từ 1 đến", "The count must be 1 to")} {RecentScope.MaxNewest}."),
            RecentProblem.BadDays => Html.Format($"{language.Pick("Số ngày phải từ 1 đến", "The days must be 1 to")} {RecentScope.MaxDays} ({language.Pick("10 năm", "10 years")})."),
            _ => UnknownPlace(context.Args, language),
        };
        return Reply.With(what + Html.Format($"""

            {language.Pick("Ví dụ:", "Examples:")} <code>/recent 20</code> · <code>/recent 30d</code> · <code>/recent Bình Thuận</code>
            """));
    }

    private Html UnknownPlace(string typed, Language language)
    {
        var nearest = provinces.Nearest(typed, 3);
        var guess = nearest.Count > 0 ? Html.Format($" {language.Pick("Có phải:", "Did you mean:")} {string.Join(", ", nearest)}?") : Html.Empty;
        return Html.Format($"{language.Pick("Không biết tỉnh, thành nào tên", "No province is called")} «") + Html.Excerpt(typed, 40) + Html.Trusted("».") + guess;
    }
}
