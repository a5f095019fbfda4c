namespace DienHong.Web.Application.Flowcharts;

/// <summary>
/// Lays a flowchart out automatically (tự động dàn sơ đồ), left to right: the edges that close a loop (found by a
/// depth-first walk from the steps nothing leads to) are set aside, every step goes in the column of its longest path
/// from a start, the steps of each column are ordered by the barycentre of their neighbours (sweeps down and up, the
/// order with the fewest crossings kept), and loops are drawn back under the boxes. Positions a definition carries
/// (its <c>layout</c>) are used instead when they cover every step. The same input always gives the same drawing.
/// </summary>
public static class FlowLayout
{
    public const double BoxWidth = 176;
    public const double BoxHeight = 64;
    public const double ColumnGap = 80;
    public const double RowGap = 32;
    public const double Margin = 24;

    // The space between two loops drawn under the boxes, so that their lines and labels stay apart.
    private const double LaneGap = 18;

    // Sweeps of the barycentre heuristic: the catalog's charts settle within two; more only cost time.
    private const int Sweeps = 4;

    public static FlowChart Arrange(IReadOnlyList<string> nodes, IReadOnlyList<FlowEdge> edges, IReadOnlyDictionary<string, FlowPoint>? positions = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            index.TryAdd(node, index.Count);
        }

        var ids = index.Keys.ToList();
        var known = edges.Where(e => index.ContainsKey(e.From) && index.ContainsKey(e.To)).ToList();
        var back = BackEdges(ids.Count, [.. known.Select(e => (index[e.From], index[e.To]))]);
        var forward = known.Where((e, i) => !back.Contains(i)).Select(e => (From: index[e.From], To: index[e.To])).ToList();
        var layers = Layers(ids.Count, forward);
        var columns = Order(ids.Count, layers, forward);
        var boxes = positions is not null && ids.All(positions.ContainsKey)
            ? Placed(ids, layers, columns, positions)
            : Stacked(ids, columns);
        return Route(boxes, known, back);
    }

    /// <summary>The edges (by position) that lead back to a step still on the depth-first path: without them the graph has no cycle.</summary>
    private static HashSet<int> BackEdges(int count, List<(int From, int To)> edges)
    {
        var outgoing = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var incoming = new bool[count];
        for (var i = 0; i < edges.Count; i++)
        {
            outgoing[edges[i].From].Add(i);
            incoming[edges[i].To] = true;
        }

        var state = new byte[count];
        var back = new HashSet<int>();
        var starts = Enumerable.Range(0, count).Where(n => !incoming[n]).Concat(Enumerable.Range(0, count));
        foreach (var start in starts)
        {
            if (state[start] != 0)
            {
                continue;
            }

            // An explicit stack: a definition may hold a thousand steps in a row.
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next == outgoing[node].Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = outgoing[node][next];
                var to = edges[edge].To;
                if (state[to] == 1)
                {
                    back.Add(edge);
                }
                else if (state[to] == 0)
                {
                    state[to] = 1;
                    stack.Push((to, 0));
                }
            }
        }

        return back;
    }

    /// <summary>Each step's column: the length of the longest path to it from a step nothing leads to.</summary>
    private static int[] Layers(int count, List<(int From, int To)> forward)
    {
        var layer = new int[count];
        var waiting = new int[count];
        foreach (var (_, to) in forward)
        {
            waiting[to]++;
        }

        var ready = new Queue<int>(Enumerable.Range(0, count).Where(n => waiting[n] == 0));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var (_, to) in forward.Where(e => e.From == node))
            {
                layer[to] = Math.Max(layer[to], layer[node] + 1);
                if (--waiting[to] == 0)
                {
                    ready.Enqueue(to);
                }
            }
        }

        return layer;
    }

    /// <summary>The steps of each column top to bottom: first as the definition lists them, then by barycentre sweeps.</summary>
    private static List<List<int>> Order(int count, int[] layers, List<(int From, int To)> forward)
    {
        var columns = Enumerable.Range(0, count == 0 ? 0 : layers.Max() + 1).Select(l => Enumerable.Range(0, count).Where(n => layers[n] == l).ToList()).ToList();
        var best = Copy(columns);
        var fewest = Crossings(columns, layers, forward);
        for (var sweep = 0; sweep < Sweeps && fewest > 0; sweep++)
        {
            for (var l = 1; l < columns.Count; l++)
            {
                Sort(columns, l, forward.Where(e => layers[e.To] == l).Select(e => (Node: e.To, Neighbour: e.From)));
            }

            for (var l = columns.Count - 2; l >= 0; l--)
            {
                Sort(columns, l, forward.Where(e => layers[e.From] == l).Select(e => (Node: e.From, Neighbour: e.To)));
            }

            var crossings = Crossings(columns, layers, forward);
            if (crossings < fewest)
            {
                (best, fewest) = (Copy(columns), crossings);
            }
        }

        return best;
    }

    /// <summary>Orders column <paramref name="layer"/> by the mean place of each step's neighbours; a step without any keeps its place.</summary>
    private static void Sort(List<List<int>> columns, int layer, IEnumerable<(int Node, int Neighbour)> links)
    {
        var place = columns.SelectMany(c => c.Select((n, i) => (n, i))).ToDictionary(p => p.n, p => p.i);
        var neighbours = links.GroupBy(x => x.Node).ToDictionary(g => g.Key, g => g.Average(x => (double)place[x.Neighbour]));
        var column = columns[layer];
        columns[layer] = [.. column.Select((n, i) => (Node: n, Key: neighbours.GetValueOrDefault(n, i), Was: i)).OrderBy(x => x.Key).ThenBy(x => x.Was).Select(x => x.Node)];
    }

    /// <summary>Pairs of edges between the same two columns whose ends are in opposite orders.</summary>
    private static int Crossings(List<List<int>> columns, int[] layers, List<(int From, int To)> forward)
    {
        var place = columns.SelectMany(c => c.Select((n, i) => (n, i))).ToDictionary(p => p.n, p => p.i);
        var total = 0;
        foreach (var group in forward.GroupBy(e => (layers[e.From], layers[e.To])))
        {
            var pairs = group.Select(e => (From: place[e.From], To: place[e.To])).ToList();
            for (var i = 0; i < pairs.Count; i++)
            {
                for (var j = i + 1; j < pairs.Count; j++)
                {
                    if ((pairs[i].From - pairs[j].From) * (pairs[i].To - pairs[j].To) < 0)
                    {
                        total++;
                    }
                }
            }
        }

        return total;
    }

    private static List<List<int>> Copy(List<List<int>> columns) => [.. columns.Select(c => c.ToList())];

    /// <summary>Columns left to right, each centred on the tallest.</summary>
    private static List<FlowBox> Stacked(List<string> ids, List<List<int>> columns)
    {
        var tallest = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        var boxes = new List<FlowBox>();
        for (var layer = 0; layer < columns.Count; layer++)
        {
            var top = Margin + ((tallest - columns[layer].Count) * (BoxHeight + RowGap) / 2);
            for (var order = 0; order < columns[layer].Count; order++)
            {
                boxes.Add(new FlowBox(ids[columns[layer][order]], Margin + (layer * (BoxWidth + ColumnGap)), top + (order * (BoxHeight + RowGap)), BoxWidth, BoxHeight, layer, order));
            }
        }

        return boxes;
    }

    /// <summary>The definition's own positions, moved so that the drawing starts at the margin.</summary>
    private static List<FlowBox> Placed(List<string> ids, int[] layers, List<List<int>> columns, IReadOnlyDictionary<string, FlowPoint> positions)
    {
        var left = ids.Min(id => positions[id].X);
        var top = ids.Min(id => positions[id].Y);
        return [.. columns.SelectMany((c, layer) => c.Select((n, order) => new FlowBox(
            ids[n], Margin + positions[ids[n]].X - left, Margin + positions[ids[n]].Y - top, BoxWidth, BoxHeight, layers[n], order)))];
    }

    private static FlowChart Route(List<FlowBox> boxes, List<FlowEdge> edges, HashSet<int> back)
    {
        var byId = boxes.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var bottom = boxes.Count == 0 ? Margin : boxes.Max(b => b.Y + b.Height);
        var right = boxes.Count == 0 ? Margin : boxes.Max(b => b.X + b.Width);
        var arrows = new List<FlowArrow>();
        var lanes = 0;
        for (var i = 0; i < edges.Count; i++)
        {
            var (from, to) = (byId[edges[i].From], byId[edges[i].To]);
            if (back.Contains(i))
            {
                // Under every box, each loop in its own lane: out of the source's bottom, back into the target's.
                var lane = bottom + (RowGap / 2) + (lanes++ * LaneGap);
                var (x1, x2) = (from.Center.X + (from.Width / 6), to.Center.X - (to.Width / 6));
                arrows.Add(new FlowArrow(from.Id, to.Id, edges[i].Outcome, [new(x1, from.Y + from.Height), new(x1, lane), new(x2, lane), new(x2, to.Y + to.Height)], new((x1 + x2) / 2, lane - 3), true));
            }
            else
            {
                var start = new FlowPoint(from.X + from.Width, from.Center.Y);
                var end = new FlowPoint(to.X, to.Center.Y);
                var middle = (start.X + end.X) / 2;
                arrows.Add(new FlowArrow(from.Id, to.Id, edges[i].Outcome, [start, new(middle, start.Y), new(middle, end.Y), end], new(middle + 4, end.Y - 4), false));
            }
        }

        return new FlowChart(boxes, arrows, right + Margin, bottom + (lanes > 0 ? (RowGap / 2) + (lanes * LaneGap) : 0) + Margin);
    }
}
