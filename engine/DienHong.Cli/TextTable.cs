namespace DienHong.Cli;

/// <summary>A plain text table (bảng văn bản) with columns padded to their widest cell.</summary>
internal sealed class TextTable(IReadOnlyList<string> headers)
{
    private readonly List<string[]> rows = [];

    public void Add(IReadOnlyList<string?> cells) => rows.Add(cells.Select(c => (c ?? string.Empty).ReplaceLineEndings(" ")).ToArray());

    public void Write(TextWriter output)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        void Line(IReadOnlyList<string> cells) => output.WriteLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows)
        {
            Line(row);
        }
    }
}
