namespace DienHong.Engine.Tests.Authoring;

/// <summary>The phases of <see cref="CounterActivity"/>, stored by name.</summary>
internal enum CounterPhase
{
    Idle,
    Counting,
    Stopped,
}
