# Independent reference for the app's hot spots (src/core/local-moran.ts): R spdep (Debian
# r-cran-spdep 1.2-7), localmoran_perm, queen neighbours as listed, row-standardised (style "W"),
# 999 conditional permutations, seed 20261128. Districts without a value, or with no neighbour
# that has one, are dropped before the weights are built (the app's rule).
# Run: Rscript test/reference/lisa/lisa_reference.R <input.csv> <output.csv>
# input: id,ubigeo,irs,neighbors (space-separated ids); output: ubigeo,Ii,class,p
# class: quadrant of z and lag(z) (attr quadr$pysal) when the folded pseudo-p < 0.05, else "ns".
suppressPackageStartupMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = c("integer", "character", "numeric", "character"))
d$neighbors[is.na(d$neighbors)] <- ""
has <- !is.na(d$irs)
nbs <- lapply(strsplit(d$neighbors, " "), function(s) as.integer(s[s != ""]))
keep <- has & vapply(nbs, function(nb) any(has[nb + 1L]), logical(1))
ids <- d$id[keep]
nb <- lapply(nbs[keep], function(v) {
  k <- sort(match(v, ids))
  k <- k[!is.na(k)]
  as.integer(k)
})
class(nb) <- "nb"
attr(nb, "region.id") <- as.character(ids)
nb <- sym.attr.nb(nb)
x <- d$irs[keep]
set.seed(20261128)
lm <- localmoran_perm(x, nb2listw(nb, style = "W"), nsim = 999)
p <- lm[, "Pr(folded) Sim"]
q <- as.character(attr(lm, "quadr")$pysal)
abbr <- c("High-High" = "HH", "Low-Low" = "LL", "High-Low" = "HL", "Low-High" = "LH")
cls <- ifelse(p < 0.05, abbr[q], "ns")
out <- data.frame(
  ubigeo = d$ubigeo[keep],
  Ii = sprintf("%.15g", lm[, "Ii"]),
  class = cls,
  p = sprintf("%.3f", p)
)
write.csv(out, args[2], row.names = FALSE, quote = FALSE)
cat(sprintf("kept %d of %d; excluded %d; HH %d LL %d HL %d LH %d\n", sum(keep), nrow(d),
  sum(!keep), sum(cls == "HH"), sum(cls == "LL"), sum(cls == "HL"), sum(cls == "LH")))
