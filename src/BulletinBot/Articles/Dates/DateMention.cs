namespace BulletinBot.Articles.Dates;

/// <summary>A day written in a sentence; <paramref name="Cued"/> when a word such as `ngày`, `sáng` or a bracket marks it as a date.</summary>
internal sealed record DateMention(int Index, int Length, int? Year, int Month, int Day, bool Cued);
