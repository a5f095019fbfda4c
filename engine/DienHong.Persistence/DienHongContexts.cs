namespace DienHong.Persistence;

/// <summary>
/// Makes the model's context on whichever database the host registered (SQLite or PostgreSQL), for the parts that
/// work through the model rather than the hot path (e.g. the scheduler's start-up reconciliation).
/// </summary>
public sealed class DienHongContexts(Func<DienHongDbContext> create)
{
    public DienHongDbContext Create() => create();
}
