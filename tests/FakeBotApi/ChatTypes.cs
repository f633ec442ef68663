namespace BulletinBot.FakeBotApi;

internal static class ChatTypes
{
    // Supergroup and channel ids are "-100" followed by ten digits.
    private const long SupergroupIdBound = -1_000_000_000_000;

    public static string FromId(long chatId) => chatId switch
    {
        > 0 => "private",
        <= SupergroupIdBound => "supergroup",
        _ => "group",
    };

    public static bool IsGroup(long chatId) => chatId < 0;
}
