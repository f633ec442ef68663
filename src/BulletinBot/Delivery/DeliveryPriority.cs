namespace BulletinBot.Delivery;

public static class DeliveryPriority
{
    /// <summary>Someone is waiting in the chat for this answer.</summary>
    public const int Reply = 0;

    public const int Broadcast = 1;
}
