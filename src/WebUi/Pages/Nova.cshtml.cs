using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Models.Queries.ListModels;
using Benchmarker.Application.Nova.Queries.GetNovaSession;
using Benchmarker.Application.Nova.Queries.ListNovaSessions;
using Benchmarker.Domain.Nova;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmarker.WebUi.Pages;

/// <summary>The Ask Nova page: the sessions and, when one is chosen, its conversation; questions go through the API from the page script.</summary>
public sealed class NovaModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "session")]
    public string? SessionId { get; set; }

    public IReadOnlyList<NovaSessionSummary> Sessions { get; private set; } = [];

    public NovaSession? Session { get; private set; }

    public IReadOnlyList<string> ModelNames { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sessions = await sender.Send(new ListNovaSessionsQuery(), cancellationToken);

        try
        {
            ModelNames = (await sender.Send(new ListModelsQuery(), cancellationToken)).Models.Select(model => model.Name).ToList();
        }
        catch (BackendUnavailableException exception)
        {
            Error = exception.Message;
        }

        if (string.IsNullOrWhiteSpace(SessionId))
        {
            return;
        }

        try
        {
            Session = await sender.Send(new GetNovaSessionQuery(SessionId), cancellationToken);
        }
        catch (Exception exception) when (exception is NotFoundException or ValidationException)
        {
            Error = $"There is no session '{SessionId}'. Pick one from the list or start a new conversation.";
            SessionId = null;
        }
    }
}
