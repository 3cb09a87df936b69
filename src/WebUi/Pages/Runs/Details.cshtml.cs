using Benchmarker.Application.Benchmarks.Queries.GetBenchmarkById;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Benchmarks;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmarker.WebUi.Pages.Runs;

/// <summary>One stored run. An unknown or malformed id gets a 404 page that points to the history.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public BenchmarkRun? Run { get; private set; }

    public string Id { get; private set; } = "";

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        try
        {
            Run = await sender.Send(new GetBenchmarkByIdQuery(id), cancellationToken);
        }
        catch (Exception exception) when (exception is NotFoundException or ValidationException)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
