namespace BulletinBot.FakeBotApi; internal static class Placeholder { }
