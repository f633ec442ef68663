using System.Text.RegularExpressions;

namespace BulletinBot.Articles.Text;

/// <summary>Whether a folded sentence speaks of a gathering (`hội nghị`, `lớp`) or of holding one (`tổ chức`, `khai mạc`).</summary>
internal static partial class EventWords
{
    /// <summary>A gathering's noun, or a verb that holds, opens or closes one.</summary>
    public static bool SpeakOfEvent(string folded) => EventWord().IsMatch(folded);

    /// <summary>A gathering's noun (`hội nghị`, `tập huấn`, `lớp`…).</summary>
    public static bool NameGathering(string folded) => Gathering().IsMatch(folded);

    [GeneratedRegex($$"""\b(?:{{Vocabulary.Gathering}}|{{Vocabulary.Opening}}|{{Vocabulary.Holding}}|su\ kien)\b""")]
    private static partial Regex EventWord();

    [GeneratedRegex($$"""\b{{Vocabulary.Gathering}}\b""")]
    private static partial Regex Gathering();
}
