namespace Sandbox.Licensing.Exchange;

/// <summary>Where an exchange document breaks the schema (<c>records[2].reviewBy</c>; empty for the document) and how.</summary>
public sealed record ExchangeProblem(string Path, string Message);
