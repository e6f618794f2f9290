using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sandbox.Storage.Hosting;
using Sandbox.Workflows.CrashHost.Commands;
using Sandbox.Workflows.CrashHost.Hosting;
using Sandbox.Workflows.Definitions;

// The workflow runtime as a node of its own, for tests that kill it for real (see CommandLoop for the protocol):
//   dotnet Sandbox.Workflows.CrashHost.dll --Storage:Provider Sqlite --Storage:Sqlite:DataDirectory /tmp/x --Workflows:NodeId node-a
//   dotnet Sandbox.Workflows.CrashHost.dll --Storage:Provider Cosmos --Storage:Cosmos:Endpoint https://127.0.0.1:8081/ --Storage:Cosmos:Key ... --Storage:Cosmos:Database crash
// Any setting may come from the environment instead (Storage__Provider=Cosmos, CrashHost__BlockStep=issue-licence).
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace); // stdout carries replies only
builder.AddCrashHostStorage();
builder.AddCrashHostWorkflows();
builder.Services.AddHostedService<CommandLoop>();

using var host = builder.Build();
await host.Services.GetRequiredService<StorageInitializer>().EnsureInitializedAsync();
_ = host.Services.GetRequiredService<WorkflowDefinitionRegistry>(); // invalid definitions stop the host here
await host.RunAsync();
