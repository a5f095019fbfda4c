namespace DienHong.Engine.Definitions;

/// <summary>
/// A problem of the JSON text found while its lines are mapped: at <see cref="Pointer"/> (the key's own pointer for
/// a duplicate), on <see cref="Line"/> and <see cref="Column"/>. <see cref="FirstLine"/> is where a duplicated key
/// first appeared; <see cref="Length"/> the length of an over-long name or string.
/// </summary>
public sealed record JsonIssue(JsonIssueKind Kind, string Pointer, int Line, int Column, int FirstLine = 0, int Length = 0)
{
    /// <summary>The key or array index the pointer ends with, unescaped.</summary>
    public string Name => Pointer[(Pointer.LastIndexOf('/') + 1)..].Replace("~1", "/").Replace("~0", "~");
}
