using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;
using Benchmarker.WebUi.Display;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmarker.WebUi.Pages;

/// <summary>The History page: filters and sorting from the query string, one page of runs from the history query.</summary>
public sealed class HistoryModel(ISender sender) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The table's columns, keyed by the history query's sort names.</summary>
    public static readonly IReadOnlyList<HistoryColumn> Columns =
    [
        new("timestamp", "Time", false),
        new("prompt", "Prompt", false),
        new("models", "Models", false),
        new("success", "Result", false),
        new("best_time_to_first_token", "Best time to first token", true),
        new("best_tokens_per_second", "Best tokens/s", true),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Model { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>"true", "false" or empty for any.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Success { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Prompt { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public HistoryPage? Runs { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Expected form of each query value the page binds to a type other than string.</summary>
    private static readonly Dictionary<string, string> ExpectedForms = new(StringComparer.Ordinal)
    {
        ["from"] = "a date such as 2026-01-31",
        ["to"] = "a date such as 2026-01-31",
        ["p"] = "a page number",
        ["success"] = "true or false",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A value that does not convert leaves its filter unset, so the page reports which one it ignored.
        var ignored = FilterErrors.From(ModelState, ExpectedForms).ToList();
        if (!string.IsNullOrEmpty(Success) && !bool.TryParse(Success, out _))
        {
            ignored.Add($"The success filter '{Success}' was ignored because it is not {ExpectedForms["success"]}.");
        }

        Errors = ignored;
        PageNumber = Math.Max(1, PageNumber);
        var success = bool.TryParse(Success, out var value) ? value : (bool?)null;
        var query = new GetBenchmarkHistoryQuery(PageSize, (PageNumber - 1) * PageSize, Model, Dates.StartOf(From), Dates.EndOf(To), success, Sort, Prompt);

        try
        {
            Runs = await sender.Send(query, cancellationToken);
        }
        catch (ValidationException exception)
        {
            Errors = [.. ignored, .. exception.Errors.Select(failure => failure.ErrorMessage).Distinct()];
        }
    }

    /// <summary>The current filters with some values changed, for sort, paging and export links.</summary>
    public Dictionary<string, string?> RouteWith(string? sort = null, int? page = null) => new()
    {
        ["model"] = Model,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["success"] = Success,
        ["prompt"] = Prompt,
        ["sort"] = sort ?? Sort,
        ["p"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Query string of the export endpoint with the same filters (its dates are instants, not days).</summary>
    public string ExportUrl(string format)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["format"] = format,
            ["model"] = Model,
            ["from"] = Dates.StartOf(From)?.ToString("O"),
            ["to"] = Dates.EndOf(To)?.ToString("O"),
            ["success"] = SuccessFilter(),
            ["prompt"] = Prompt,
            ["sort"] = Sort,
        };

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/benchmarks/export", parameters.Where(pair => !string.IsNullOrEmpty(pair.Value)));
    }

    /// <summary>The sort to apply when a column header is clicked: ascending first, then descending.</summary>
    public string NextSort(string column) => Sort == column ? "-" + column : column;

    public string? SortState(string column) =>
        Sort == column ? "ascending" : Sort == "-" + column || (Sort is null && column == "timestamp") ? "descending" : null;

    /// <summary>Passes the success filter on only when it is "true" or "false", written the way the API reads it.</summary>
    private string? SuccessFilter()
    {
        if (!bool.TryParse(Success, out var success))
        {
            return null;
        }

        return success ? "true" : "false";
    }
}

public sealed record HistoryColumn(string Key, string Label, bool Numeric);
