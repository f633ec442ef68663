using BulletinBot.Chat;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// /search &lt;words&gt;: announced events by title, summary, place, topics, people and organizers, best match first,
/// with or without tone marks (`ha giang`, `HÀ GIANG` and `Hà Giang` find the same).
/// </summary>
public sealed class SearchCommand(SearchList list) : IChatCommand
{
    public CommandInfo Info { get; } = new("search", Role.Staff, "/search hội nghị Hà Giang", "Tìm sự kiện theo tên, nơi, chủ đề", "Find events by name, place, topic")
    {
        Order = 22,
        Featured = true,
    };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var language = context.Language;
        if (SearchTerms.Read(context.Args, out var problem) is { } terms)
        {
            return await list.PageAsync(terms, searchId: null, 1, language, replaces: false, ct);
        }

        var what = problem switch
        {
            SearchProblem.Empty => language.Pick("Gõ từ cần tìm sau /search.", "Type the words to look for after /search."),
            SearchProblem.TooLong => language.Pick(
                $"Từ khoá dài quá: tối đa {SearchTerms.MaxLength} ký tự và {SearchTerms.MaxWords} từ.",
                $"That is too long to search for: {SearchTerms.MaxLength} characters and {SearchTerms.MaxWords} words at most."),
            _ => language.Pick("Không có chữ hay số nào để tìm.", "There is no letter or digit to look for."),
        };
        return Reply.With(Html.Format($"""
            {what}
            {language.Pick("Ví dụ:", "Example:")} <code>{Info.Example}</code> ({language.Pick("có dấu hay không dấu đều được", "with or without tone marks")})
            """));
    }
}
