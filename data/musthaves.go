package data

// MaxMustHaves is the most must-have skills a posting should ask for: the
// editor and the wizard warn beyond it. A long list of requirements puts
// off good candidates who match most but not all of them, who then do not
// apply; eight leaves room for what a role truly needs, and the catalog's
// own defaults never ask for more (musthaves_test.go).
const MaxMustHaves = 8
