namespace BulletinBot.Tests;
public sealed class SmokeTests { [Fact] public void Runs() => Assert.True(1 + 1 == 2); }
