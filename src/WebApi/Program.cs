var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok());
app.Run();

/// <summary>Entry point, public so functional tests can host it.</summary>
public partial class Program;
