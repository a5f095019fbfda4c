using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Instances;

/// <summary>Filters of the case list (lọc hồ sơ), each optional: workflow key, status, agency, overdue (an open task past its due time), correlation key prefix, and mine (hồ sơ của tôi: cases the person started or acted on, or holds an open task of).</summary>
public sealed record InstanceFilter(string? Workflow = null, InstanceStatus? Status = null, string? Agency = null, bool? Overdue = null, string? CorrelationPrefix = null, bool? Mine = null);
