namespace DienHong.Engine.Tests.Authoring;

/// <summary>The typed state of <see cref="CounterActivity"/>.</summary>
internal sealed record CounterState
{
    public CounterPhase Phase { get; set; }

    public int Resumes { get; set; }

    public List<string> Notes { get; set; } = [];
}
