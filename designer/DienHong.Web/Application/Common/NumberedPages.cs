namespace DienHong.Web.Application;

/// <summary>
/// Numbered pages over a keyset-paged list (trang đánh số), for a table with a pager: the cursor of each page read so
/// far is kept, so page n is one read when page n-1 was shown, and a jump ahead reads the pages between once. A new
/// page size or new filters start over (<see cref="Reset"/>).
/// </summary>
public sealed class NumberedPages<T>(Func<PageRequest, Task<ServiceResult<PageResult<T>>>> read)
{
    // cursors[i] reads page i; the first page has none.
    private readonly List<string?> cursors = [null];
    private int size;

    public void Reset() => cursors.RemoveRange(1, cursors.Count - 1);

    /// <summary>Page <paramref name="index"/> (from 0) of <paramref name="pageSize"/> items; past the end, the last page.</summary>
    public async Task<ServiceResult<PageResult<T>>> ReadAsync(int index, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (pageSize != size)
        {
            Reset();
            size = pageSize;
        }

        var page = Math.Min(index, cursors.Count - 1);
        while (true)
        {
            var result = await read(new PageRequest(pageSize, cursors[page])).ConfigureAwait(false);
            if (!result.Succeeded || result.Value.Next is null)
            {
                return result;
            }

            if (page + 1 == cursors.Count)
            {
                cursors.Add(result.Value.Next);
            }

            if (page++ == index)
            {
                return result;
            }
        }
    }
}
