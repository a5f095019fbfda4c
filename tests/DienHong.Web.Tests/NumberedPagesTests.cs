using System.Globalization;
using DienHong.Web.Application;
using Shouldly;

namespace DienHong.Web.Tests;

public sealed class NumberedPagesTests
{
    private readonly List<string?> asked = [];

    [Fact]
    public async Task The_next_page_is_one_read_with_the_cursor_of_the_page_before()
    {
        var pages = new NumberedPages<int>(Read);

        (await pages.ReadAsync(0, 10)).Value!.Items[0].ShouldBe(0);
        (await pages.ReadAsync(1, 10)).Value!.Items[0].ShouldBe(10);
        (await pages.ReadAsync(0, 10)).Value!.Items[0].ShouldBe(0);

        asked.ShouldBe([null, "9", null]);
    }

    [Fact]
    public async Task A_jump_ahead_reads_the_pages_between_once_and_past_the_end_gives_the_last()
    {
        var pages = new NumberedPages<int>(Read);

        (await pages.ReadAsync(2, 10)).Value!.Items[0].ShouldBe(20);
        (await pages.ReadAsync(1, 10)).Value!.Items[0].ShouldBe(10);
        (await pages.ReadAsync(9, 10)).Value!.Items.ShouldBe([40, 41]);

        asked.ShouldBe([null, "9", "19", "9", "29", "39"]);
    }

    [Fact]
    public async Task Another_page_size_or_a_reset_starts_from_the_first_page()
    {
        var pages = new NumberedPages<int>(Read);
        await pages.ReadAsync(1, 10);
        asked.Clear();

        (await pages.ReadAsync(1, 5)).Value!.Items[0].ShouldBe(5);
        pages.Reset();
        await pages.ReadAsync(1, 5);

        asked.ShouldBe([null, "4", null, "4"]);
    }

    // 42 items, 0..41, keyset-paged by the last item shown.
    private Task<ServiceResult<PageResult<int>>> Read(PageRequest page)
    {
        asked.Add(page.After);
        var start = page.After is null ? 0 : int.Parse(page.After, CultureInfo.InvariantCulture) + 1;
        var items = Enumerable.Range(start, Math.Max(0, Math.Min(page.Size, 42 - start))).ToList();
        var next = start + items.Count < 42 ? items[^1].ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult<ServiceResult<PageResult<int>>>(new PageResult<int>(items, 42, next));
    }
}
