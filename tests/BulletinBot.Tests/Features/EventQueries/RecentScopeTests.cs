using BulletinBot.Articles;
using BulletinBot.Features.EventQueries;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class RecentScopeTests
{
    private static readonly ProvinceDirectory Provinces = new();

    [Theory]
    [InlineData("", 10, null)]
    [InlineData("20", 20, null)]
    [InlineData("500", 500, null)]
    [InlineData("30d", null, 30)]
    [InlineData("30 ngày", null, 30)]
    [InlineData("7 days", null, 7)]
    [InlineData("3660d", null, 3660)]
    public void A_count_or_a_number_of_days(string args, int? newest, int? days)
    {
        var scope = RecentScope.Read(args, Provinces, out var problem);

        Assert.Equal(RecentProblem.None, problem);
        Assert.Equal((newest, days), (scope?.Newest, scope?.Days));
    }

    [Theory]
    [InlineData("-5", RecentProblem.BadCount)]
    [InlineData("0", RecentProblem.BadCount)]
    [InlineData("501", RecentProblem.BadCount)]
    [InlineData("99999999999999", RecentProblem.BadCount)]
    [InlineData("10000d", RecentProblem.BadDays)]
    [InlineData("-5d", RecentProblem.BadDays)]
    [InlineData("0 ngày", RecentProblem.BadDays)]
    [InlineData("Atlantis", RecentProblem.UnknownPlace)]
    public void Out_of_range_or_unknown_is_a_problem(string args, RecentProblem expected)
    {
        Assert.Null(RecentScope.Read(args, Provinces, out var problem));
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("Bình Thuận", "Bình Thuận", "Lâm Đồng")]
    [InlineData("binh thuan", "Bình Thuận", "Lâm Đồng")]
    [InlineData("tỉnh Hà Giang", "Hà Giang", "Tuyên Quang")]
    [InlineData("Lâm Đồng", "Lâm Đồng", "Lâm Đồng")]
    public void A_province_by_any_current_or_former_name(string args, string name, string current)
    {
        var scope = RecentScope.Read(args, Provinces, out _);

        Assert.Equal((name, current), (scope?.Province?.Name, scope?.Province?.CurrentName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("90 ngày")]
    [InlineData("Bình Thuận")]
    public void The_key_in_button_data_reads_back_to_the_same_scope(string args)
    {
        var scope = RecentScope.Read(args, Provinces, out _) ?? throw new InvalidOperationException(args);

        Assert.Equal(scope, RecentScope.Read(scope.Key, Provinces, out _));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(RecentList.Data(scope, 99)) <= 64);
    }
}
