namespace DienHong.Engine.Activities;

/// <summary>The state of an activity that keeps none: nothing is read or stored for it.</summary>
public sealed class NoState
{
    public static readonly NoState Instance = new();
}
