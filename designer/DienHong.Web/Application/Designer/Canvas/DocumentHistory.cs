namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>
/// Undo and redo (hoàn tác, làm lại) as a stack of whole document texts: each edit records the text before it, which
/// is simple and exact whatever the edit was (a move, a paste, a property).
/// </summary>
public sealed class DocumentHistory(int limit = 200)
{
    private readonly LinkedList<string> undo = new();
    private readonly Stack<string> redo = new();

    public bool CanUndo => undo.Count > 0;

    public bool CanRedo => redo.Count > 0;

    /// <summary>Records the text before an edit; a new edit drops what could be redone.</summary>
    public void Record(string before)
    {
        if (undo.Last?.Value == before)
        {
            return;
        }

        undo.AddLast(before);
        if (undo.Count > limit)
        {
            undo.RemoveFirst();
        }

        redo.Clear();
    }

    /// <summary>The text to go back to, given the current one (kept for redo); null when there is none.</summary>
    public string? Undo(string current)
    {
        if (undo.Last is not { } last)
        {
            return null;
        }

        undo.RemoveLast();
        redo.Push(current);
        return last.Value;
    }

    public string? Redo(string current)
    {
        if (!redo.TryPop(out var next))
        {
            return null;
        }

        undo.AddLast(current);
        return next;
    }

    public void Clear()
    {
        undo.Clear();
        redo.Clear();
    }
}
