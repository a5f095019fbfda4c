namespace DienHong.Engine.Audit;

/// <summary>A sequence read one row ahead: <see cref="Current"/> is the next unread row, null at the end.</summary>
internal sealed class Cursor<T> : IDisposable
    where T : class
{
    private readonly IEnumerator<T> rows;

    public Cursor(IEnumerable<T> source)
    {
        rows = source.GetEnumerator();
        MoveNext();
    }

    public T? Current { get; private set; }

    public void MoveNext() => Current = rows.MoveNext() ? rows.Current : null;

    public void Dispose() => rows.Dispose();
}
