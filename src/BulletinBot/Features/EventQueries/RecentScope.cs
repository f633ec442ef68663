using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles;

namespace BulletinBot.Features.EventQueries;

/// <summary>
/// What /recent was asked for: the newest <see cref="Newest"/> events, those of the last <see cref="Days"/> days, or
/// those placed in a province, named by any of its current or former names.
/// </summary>
public sealed partial record RecentScope(int? Newest, int? Days, ProvincePlace? Province)
{
    public const int DefaultNewest = 10;
    public const int MaxNewest = 500;

    /// <summary>Ten years: further back than the bot can have been running.</summary>
    public const int MaxDays = 3660;

    /// <summary>The argument in a form that reads back to this scope, short enough for button data: `20`, `30d`, `binh thuan`.</summary>
    public string Key => this switch
    {
        { Province: { } place } => ProvinceDirectory.Fold(place.Name),
        { Days: { } days } => days.ToString(CultureInfo.InvariantCulture) + "d",
        _ => (Newest ?? DefaultNewest).ToString(CultureInfo.InvariantCulture),
    };

    public static RecentScope? Read(string args, ProvinceDirectory provinces, out RecentProblem problem)
    {
        problem = RecentProblem.None;
        var text = args.Trim();
        if (text.Length == 0)
        {
            return new RecentScope(DefaultNewest, null, null);
        }

        if (Count().Match(text) is { Success: true } count)
        {
            if (int.TryParse(count.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxNewest)
            {
                return new RecentScope(n, null, null);
            }

            problem = RecentProblem.BadCount;
            return null;
        }

        if (Period().Match(text) is { Success: true } period)
        {
            if (int.TryParse(period.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxDays)
            {
                return new RecentScope(null, days, null);
            }

            problem = RecentProblem.BadDays;
            return null;
        }

        if (provinces.Named(text) is { } place)
        {
            return new RecentScope(null, null, place);
        }

        problem = RecentProblem.UnknownPlace;
        return null;
    }

    // A count, signed or too long included, so "-5" and "99999999999" are told the range rather than taken for places.
    [GeneratedRegex(@"^(?<n>[+-]?\d+)$")]
    private static partial Regex Count();

    [GeneratedRegex(@"^(?<n>[+-]?\d+)\s*(d|day|days|ngày|ngay)$", RegexOptions.IgnoreCase)]
    private static partial Regex Period();
}
