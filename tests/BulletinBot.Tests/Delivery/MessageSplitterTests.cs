using BulletinBot.Delivery;

namespace BulletinBot.Tests.Delivery;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Short_text_stays_one_message()
    {
        Assert.Equal(["Xin chào"], MessageSplitter.Split("Xin chào"));
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaa\n\nbbbbb\ncccccccccc", 24, new[] { "aaaaaaaaaaaaaaa", "bbbbb\ncccccccccc" })]
    [InlineData("aaaaa\n\nbbbbbbbbbbbbbbb\ncccccccccc", 24, new[] { "aaaaa\n\nbbbbbbbbbbbbbbb", "cccccccccc" })]
    [InlineData("aaaaaaaaaa bbbbbbbbbb\ncccccccccc", 24, new[] { "aaaaaaaaaa bbbbbbbbbb", "cccccccccc" })]
    [InlineData("aaaaaaaaaa bbbbbbbbbb cccccccccc", 24, new[] { "aaaaaaaaaa bbbbbbbbbb", "cccccccccc" })]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789", 20, new[] { "abcdefghijklmnopqrst", "uvwxyz0123456789" })]
    public void Long_text_is_cut_at_the_best_boundary(string text, int limit, string[] expected)
    {
        Assert.Equal(expected, MessageSplitter.Split(text, limit));
    }

    [Fact]
    public void A_hard_cut_never_splits_a_tag_or_an_entity()
    {
        var text = new string('a', 15) + "<b>x</b>" + new string('b', 15) + "&amp;" + new string('c', 10);

        var parts = MessageSplitter.Split(text, 18);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.False(p.EndsWith('<') || p.Contains("<b", StringComparison.Ordinal) && !p.Contains("<b>", StringComparison.Ordinal)));
        Assert.DoesNotContain(parts, p => p.EndsWith("&am", StringComparison.Ordinal) || p.EndsWith('&'));
    }

    [Fact]
    public void Every_part_of_a_long_vietnamese_text_fits_telegram_and_nothing_is_lost()
    {
        var words = Enumerable.Range(0, 3000).Select(i => i % 17 == 0 ? "đại biểu\n" : "Hội nghị");
        var text = string.Join(' ', words);

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, MessageSplitter.TelegramLimit));
        Assert.Equal(Compact(text), Compact(string.Concat(parts)));
    }

    [Fact]
    public void An_emoji_is_never_cut_in_half()
    {
        var text = new string('a', 19) + "📤" + new string('b', 10);

        var parts = MessageSplitter.Split(text, 20);

        Assert.Equal(new string('a', 19), parts[0]);
        Assert.StartsWith("📤", parts[1], StringComparison.Ordinal);
    }

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
