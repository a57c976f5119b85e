export const id = 793;
export const ids = [793];
export const modules = {

/***/ 4793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postPlanComment: () => (/* binding */ postPlanComment)
/* harmony export */ });
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1085);
/* harmony import */ var _lib_core_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5422);
/* harmony import */ var _lib_github_pr_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6168);
/** The sticky plan comment on the pull request: created once, then updated in place. */



async function postPlanComment(body, pr, inputs, githubApiUrl) {
    const octokit = await (0,_lib_github_pr_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)(inputs.githubToken, githubApiUrl);
    try {
        const result = await (0,_lib_github_pr_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .upsertComment */ .lB)({
            octokit,
            owner: pr.owner,
            repo: pr.repo,
            issueNumber: pr.number,
            marker: inputs.commentMarker,
            body
        });
        (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(`Plan comment ${result.action}: ${result.url}`);
    }
    catch (error) {
        if ((0,_lib_github_pr_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .isPermissionError */ .gj)(error)) {
            (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`Could not comment on pull request #${pr.number} (${error.message}): give the job pull-requests: write; the plan is in the job summary`);
            return;
        }
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not update the plan comment on pull request #${pr.number}: ${error.message}`);
    }
}


/***/ })

};
