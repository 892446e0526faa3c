export const id = 702;
export const ids = [702];
export const modules = {

/***/ 4702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAssociations: () => (/* binding */ createAssociations)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
// State Manager through an SSMClient: the one AWS-RunShellScript association per environment that
// converges hosts that join (src/deploy/association.ts decides when to create or update it).

const DOCUMENT = 'AWS-RunShellScript';
/** The request fields every create and update sends in full: UpdateAssociation clears an optional field left out. */
function request(settings) {
    return {
        Name: DOCUMENT,
        AssociationName: settings.name,
        Parameters: { commands: settings.commands, executionTimeout: [String(settings.executionTimeoutSeconds)] },
        Targets: settings.targets.map((target) => ({ Key: target.key, Values: target.values })),
        MaxConcurrency: settings.maxConcurrency,
        MaxErrors: settings.maxErrors,
        ...(settings.scheduleExpression ? { ScheduleExpression: settings.scheduleExpression } : {}),
        // Runs at once when created or updated, and on every host that joins; the schedule only adds runs.
        ApplyOnlyAtCronInterval: false,
    };
}
function createAssociations(client) {
    return {
        async find(name) {
            let id;
            for await (const page of (0,_aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .paginateListAssociations */ ._6A)({ client }, { AssociationFilterList: [{ key: 'AssociationName', value: name }] })) {
                id ??= page.Associations?.find((association) => association.Name === DOCUMENT && association.AssociationName === name)?.AssociationId;
            }
            if (id === undefined)
                return undefined;
            const described = (await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .DescribeAssociationCommand */ .Ooe({ AssociationId: id }))).AssociationDescription;
            if (!described)
                return undefined;
            const timeout = Number(described.Parameters?.['executionTimeout']?.[0] ?? '3600');
            return {
                id,
                name: described.AssociationName ?? name,
                commands: described.Parameters?.['commands'] ?? [],
                executionTimeoutSeconds: Number.isFinite(timeout) ? timeout : 3600,
                targets: (described.Targets ?? []).map((target) => ({ key: target.Key ?? '', values: target.Values ?? [] })),
                maxConcurrency: described.MaxConcurrency ?? '',
                maxErrors: described.MaxErrors ?? '',
                ...(described.ScheduleExpression ? { scheduleExpression: described.ScheduleExpression } : {}),
            };
        },
        async create(settings) {
            const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .CreateAssociationCommand */ .D3H(request(settings)));
            const id = out.AssociationDescription?.AssociationId;
            if (!id)
                throw new Error(`CreateAssociation ${settings.name} returned no association id`);
            return id;
        },
        async update(id, settings) {
            await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .UpdateAssociationCommand */ .iO0({ AssociationId: id, ...request(settings) }));
        },
        async delete(id) {
            try {
                await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .DeleteAssociationCommand */ .EGe({ AssociationId: id }));
            }
            catch (error) {
                if (!(error instanceof Error && error.name === 'AssociationDoesNotExist'))
                    throw error;
            }
        },
    };
}


/***/ })

};
