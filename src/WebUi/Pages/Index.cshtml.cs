using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.Models.Queries.ListModels;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Benchmarker.WebUi.Pages;

/// <summary>The Run page: the installed models and the limits; the run itself goes through the API from the page script.</summary>
public sealed class IndexModel(ISender sender, IOptions<BenchmarkOptions> options) : PageModel
{
    public ModelCatalog? Catalog { get; private set; }

    public string? CatalogError { get; private set; }

    public int MaxPromptLength => options.Value.MaxPromptLength;

    public int MaxModels => options.Value.MaxModels;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Catalog = await sender.Send(new ListModelsQuery(), cancellationToken);
        }
        catch (BackendUnavailableException exception)
        {
            CatalogError = exception.Message;
        }
    }
}
