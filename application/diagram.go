package application

import "strings"

// Diagram returns the lifecycle as a Mermaid stateDiagram-v2, generated from
// the same table as [Transitions]: the initial state Draft, one arrow per row
// labelled with the event's code, and an arrow to the end from each final
// state. Each state is declared with its English and Chinese names.
func Diagram() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	for _, s := range States() {
		b.WriteString("    state \"" + s.English() + " " + s.Chinese() + "\" as " + s.String() + "\n")
	}
	b.WriteString("    [*] --> " + Draft.String() + "\n")
	for _, t := range transitions {
		b.WriteString("    " + t.From.String() + " --> " + t.To.String() + ": " + t.Event.String() + "\n")
	}
	for _, s := range States() {
		if s.IsFinal() {
			b.WriteString("    " + s.String() + " --> [*]\n")
		}
	}
	return b.String()
}
