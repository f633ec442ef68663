using BulletinBot.Features.EventQueries;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Hà Giang", "ha giang")]
    [InlineData("HÀ GIANG", "ha giang")]
    [InlineData("ha giang", "ha giang")]
    [InlineData("  Hà   Giang  ", "ha giang")]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("đào tạo", "dao tao")]
    [InlineData("\u00D0ồng Tháp", "dong thap")]
    [InlineData("Quảng Trị: dân vận", "quang tri dan van")]
    [InlineData("quân-đội", "quan doi")]
    [InlineData("Ha\u0300 Giang", "ha giang")]
    [InlineData("hội nghị 2026", "hoi nghi 2026")]
    public void Words_are_folded_like_the_index_and_split_at_anything_but_letters_and_digits(string typed, string words)
    {
        var terms = SearchTerms.Read(typed, out var problem);

        Assert.Equal(SearchProblem.None, problem);
        Assert.Equal(words, string.Join(' ', terms?.Words ?? []));
    }

    [Theory]
    [InlineData("ha giang", "\"ha\" \"giang\"*")]
    [InlineData("Hà Giang a", "\"ha\" \"giang\" \"a\"")]
    [InlineData("\"ha giang\"", "\"ha\" \"giang\"*")]
    [InlineData("ha*", "\"ha\"*")]
    [InlineData("(ha OR giang)", "\"ha\" \"or\" \"giang\"*")]
    [InlineData("ha NEAR giang", "\"ha\" \"near\" \"giang\"*")]
    [InlineData("ha AND NOT giang", "\"ha\" \"and\" \"not\" \"giang\"*")]
    [InlineData("-ha +giang ^dan", "\"ha\" \"giang\" \"dan\"*")]
    [InlineData("title:ha", "\"title\" \"ha\"*")]
    [InlineData("NEAR(ha giang, 2)", "\"near\" \"ha\" \"giang\" \"2\"")]
    [InlineData("ha\" giang", "\"ha\" \"giang\"*")]
    public void Every_fts_operator_and_stray_quote_is_read_as_words(string typed, string matchQuery)
    {
        var terms = SearchTerms.Read(typed, out _);

        Assert.Equal(matchQuery, terms?.MatchQuery);
    }

    [Theory]
    [InlineData("", SearchProblem.Empty)]
    [InlineData("   ", SearchProblem.Empty)]
    [InlineData("\"", SearchProblem.NoWords)]
    [InlineData("\"\" * ( ) - : ^ + ...", SearchProblem.NoWords)]
    [InlineData("một hai ba bốn năm sáu bảy tám chín", SearchProblem.TooLong)]
    public void Nothing_to_look_for_or_too_much_is_a_problem_not_a_query(string typed, SearchProblem expected)
    {
        Assert.Null(SearchTerms.Read(typed, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void A_search_of_five_thousand_letters_is_too_long()
    {
        Assert.Null(SearchTerms.Read(new string('a', 5000), out var problem));
        Assert.Equal(SearchProblem.TooLong, problem);
    }

    [Theory]
    [InlineData("ha giang", "giang", true)]
    [InlineData("ha giang", "gia", false)]
    [InlineData("ha gia", "giang", true)]
    [InlineData("ha gia", "ha", true)]
    [InlineData("ha gia", "hai", false)]
    [InlineData("ha g", "giang", false)]
    public void Only_the_last_word_matches_as_the_start_of_a_longer_word(string typed, string foldedWord, bool matches)
    {
        Assert.Equal(matches, SearchTerms.Read(typed, out _)?.Matches(foldedWord));
    }
}
