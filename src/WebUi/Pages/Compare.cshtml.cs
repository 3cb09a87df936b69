using Benchmarker.Application.Benchmarks.Queries.CompareModels;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Models.Queries.ListModels;
using Benchmarker.WebUi.Display;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmarker.WebUi.Pages;

/// <summary>The Compare page: models and a date range (or run ids) from the query string, statistics from the compare query.</summary>
public sealed class CompareModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "models")]
    public string[] Models { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Run ids separated by commas, spaces or new lines.</summary>
    [BindProperty(SupportsGet = true, Name = "run_ids")]
    public string? RunIds { get; set; }

    [BindProperty(SupportsGet = true, Name = "include_flagged")]
    public bool IncludeFlagged { get; set; }

    public IReadOnlyList<string> Choices { get; private set; } = [];

    public ModelComparison? Comparison { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await InstalledModelsAsync(cancellationToken);
        var runIds = (RunIds ?? "").Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (Models.Length == 0 && runIds.Length == 0)
        {
            return;
        }

        try
        {
            Comparison = await sender.Send(new CompareModelsQuery(Models, Dates.StartOf(From), Dates.EndOf(To), runIds, IncludeFlagged), cancellationToken);
        }
        catch (ValidationException exception)
        {
            Errors = exception.Errors.Select(failure => failure.ErrorMessage).Distinct().ToList();
        }
        catch (NotFoundException exception)
        {
            Errors = [exception.Message];
        }
    }

    /// <summary>Installed models plus any chosen model that is no longer installed, so old results stay comparable.</summary>
    private async Task<IReadOnlyList<string>> InstalledModelsAsync(CancellationToken cancellationToken)
    {
        IEnumerable<string> installed = [];
        try
        {
            installed = (await sender.Send(new ListModelsQuery(), cancellationToken)).Models.Select(model => model.Name);
        }
        catch (BackendUnavailableException)
        {
            // Every backend is unreachable, so only the chosen models are listed.
        }

        return installed.Concat(Models).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
