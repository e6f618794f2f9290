using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Bunit;

namespace Sandbox.Web.Tests.Components;

/// <summary>
/// bUnit's waits give up after one second by default; on two cores under the full test run a store round trip
/// plus a render can take longer, which failed assertions that were only slow. Set once for every bUnit test here.
/// </summary>
internal static class ComponentWaits
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly, not a library: every bUnit context in it must see the same timeout.")]
    internal static void AllowForALoadedMachine() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
