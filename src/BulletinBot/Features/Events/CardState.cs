namespace BulletinBot.Features.Events;

/// <summary>Whether a card shows a draft not yet sent, or changes to a published event not yet sent.</summary>
public enum CardState
{
    Draft,
    PublishedEdit,
}
