import os from 'os';
import urllib from 'url';
import util from 'util';

import jsonBackup from 'json-stringify-safe';

import API from '../api.js';
import { version, reportLevel } from '../defaults.js';
import logger from '../logger.js';
import * as sharedPredicates from '../predicates.js';
import Client from '../rollbar.js';
import Telemeter from '../telemetry.js';
import * as sharedTransforms from '../transforms.js';
import truncation from '../truncation.js';
import * as _ from '../utility.js';

import * as serverDefaults from './defaults.js';
import rollbarExpressMiddleware from './middleware/rollbarExpressMiddleware.js';
import Instrumenter from './telemetry.js';
import * as transforms from './transforms.js';
import Transport from './transport.js';

function Rollbar(options, client) {
  if (_.isType(options, 'string')) {
    var accessToken = options;
    options = {};
    options.accessToken = accessToken;
  }
  if (options.minimumLevel !== undefined) {
    options.reportLevel = options.minimumLevel;
    delete options.minimumLevel;
  }
  logger.init({ logLevel: options.logLevel || 'error' });
  this.options = _.handleOptions(Rollbar.defaultOptions, options, null, logger);
  this.options._configuredOptions = options;
  // On the server we want to ignore any maxItems setting
  delete this.options.maxItems;
  this.options.environment = this.options.environment || 'unspecified';
  this.lambdaContext = null;
  this.lambdaTimeoutHandle = null;
  var transport = new Transport();
  var api = new API(this.options, transport, urllib, truncation, jsonBackup);
  var telemeter = new Telemeter(this.options);
  this.client =
    client ||
    new Client(this.options, api, logger, telemeter, null, null, 'server');
  this.instrumenter = new Instrumenter(
    this.options,
    this.client.telemeter,
    this,
  );
  this.instrumenter.instrument();
  if (this.options.locals) {
    this.locals = initLocals(this.options.locals, logger);
  }
  addTransformsToNotifier(this.client.notifier);
  addPredicatesToQueue(this.client.queue);
  this.setupUnhandledCapture();
}

function initLocals(localsOptions, logger) {
  // Capturing stack local variables is only supported in Node 10 and higher.
  var nodeMajorVersion = process.versions.node.split('.')[0];
  if (nodeMajorVersion < 10) {
    return null;
  }

  var Locals;
  if (typeof localsOptions === 'function') {
    Locals = localsOptions;
    localsOptions = null; // use defaults
  } else if (_.isType(localsOptions, 'object')) {
    Locals = localsOptions.module;
    delete localsOptions.module;
  } else {
    logger.error(
      'options.locals or options.locals.module must be a Locals module',
    );
    return null;
  }
  return new Locals(localsOptions, logger);
}

var _instance = null;
Rollbar.init = function (options, client) {
  if (_instance) {
    return _instance.global(options).configure(options);
  }
  _instance = new Rollbar(options, client);
  return _instance;
};

function handleUninitialized(maybeCallback) {
  var message = 'Rollbar is not initialized';
  logger.error(message);
  if (maybeCallback) {
    maybeCallback(new Error(message));
  }
}

Rollbar.prototype.global = function (options) {
  options = _.handleOptions(options);
  // On the server we want to ignore any maxItems setting
  delete options.maxItems;
  this.client.global(options);
  return this;
};
Rollbar.global = function (options) {
  if (_instance) {
    return _instance.global(options);
  } else {
    handleUninitialized();
  }
};

Rollbar.prototype.configure = function (options, payloadData) {
  if (options.logLevel) {
    logger.init({ logLevel: options.logLevel });
  }
  var oldOptions = this.options;
  var payload = {};
  if (payloadData) {
    payload = { payload: payloadData };
  }
  this.options = _.handleOptions(oldOptions, options, payload, logger);
  this.options._configuredOptions = _.handleOptions(
    oldOptions._configuredOptions,
    options,
    payload,
  );
  // On the server we want to ignore any maxItems setting
  delete this.options.maxItems;
  this.client.configure(options, payloadData);
  this.setupUnhandledCapture();

  if (this.options.locals) {
    if (this.locals) {
      this.locals.updateOptions(this.options.locals);
    } else {
      this.locals = initLocals(this.options.locals, logger);
    }
  }
  return this;
};
Rollbar.configure = function (options, payloadData) {
  if (_instance) {
    return _instance.configure(options, payloadData);
  } else {
    handleUninitialized();
  }
};

Rollbar.prototype.lastError = function () {
  return this.client.lastError;
};
Rollbar.lastError = function () {
  if (_instance) {
    return _instance.lastError();
  } else {
    handleUninitialized();
  }
};

Rollbar.prototype.log = function () {
  var item = this._createItem(arguments);
  var uuid = item.uuid;
  this.client.log(item);
  return { uuid: uuid };
};
Rollbar.log = function () {
  if (_instance) {
    return _instance.log.apply(_instance, arguments);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};

Rollbar.prototype.debug = function () {
  var item = this._createItem(arguments);
  var uuid = item.uuid;
  this.client.debug(item);
  return { uuid: uuid };
};
Rollbar.debug = function () {
  if (_instance) {
    return _instance.debug.apply(_instance, arguments);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};

Rollbar.prototype.info = function () {
  var item = this._createItem(arguments);
  var uuid = item.uuid;
  this.client.info(item);
  return { uuid: uuid };
};
Rollbar.info = function () {
  if (_instance) {
    return _instance.info.apply(_instance, arguments);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};

Rollbar.prototype.warn = function () {
  var item = this._createItem(arguments);
  var uuid = item.uuid;
  this.client.warn(item);
  return { uuid: uuid };
};
Rollbar.warn = function () {
  if (_instance) {
    return _instance.warn.apply(_instance, arguments);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};

Rollbar.prototype.warning = function () {
  var item = this._createItem(arguments);
  var uuid = item.uuid;
  this.client.warning(item);
  return { uuid: uuid };
};
Rollbar.warning = function () {
  if (_instance) {
    return _instance.warning.apply(_instance, arguments);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};

Rollbar.prototype.error = function () {
  var item = this._createItem(arguments);
  var uuid = item.uuid;
  this.client.error(item);
  return { uuid: uuid };
};
Rollbar.error = function () {
  if (_instance) {
    return _instance.error.apply(_instance, arguments);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};
Rollbar.prototype._uncaughtError = function () {
  var item = this._createItem(arguments);
  item._isUncaught = true;
  item.level = this.options.uncaughtErrorLevel;
  var uuid = item.uuid;
  this.client.log(item);
  return { uuid: uuid };
};

Rollbar.prototype.critical = function () {
  var item = this._createItem(arguments);
  var uuid = item.uuid;
  this.client.critical(item);
  return { uuid: uuid };
};
Rollbar.critical = function () {
  if (_instance) {
    return _instance.critical.apply(_instance, arguments);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};

Rollbar.prototype.buildJsonPayload = function (item) {
  return this.client.buildJsonPayload(item);
};
Rollbar.buildJsonPayload = function () {
  if (_instance) {
    return _instance.buildJsonPayload.apply(_instance, arguments);
  } else {
    handleUninitialized();
  }
};

Rollbar.prototype.sendJsonPayload = function (jsonPayload) {
  return this.client.sendJsonPayload(jsonPayload);
};
Rollbar.sendJsonPayload = function () {
  if (_instance) {
    return _instance.sendJsonPayload.apply(_instance, arguments);
  } else {
    handleUninitialized();
  }
};

Rollbar.prototype.wait = function (callback) {
  this.client.wait(callback);
};
Rollbar.wait = function (callback) {
  if (_instance) {
    return _instance.wait(callback);
  } else {
    var maybeCallback = _getFirstFunction(arguments);
    handleUninitialized(maybeCallback);
  }
};

Rollbar.prototype.errorHandler = function () {
  return function (err, request, response, next) {
    var cb = function (rollbarError) {
      if (rollbarError) {
        logger.error('Error reporting to rollbar, ignoring: ' + rollbarError);
      }
      return next(err, request, response);
    };
    if (!err) {
      return next(err, request, response);
    }

    if (err instanceof Error) {
      return this.error(err, request, cb);
    }
    return this.error('Error: ' + err, request, cb);
  }.bind(this);
};
Rollbar.errorHandler = function () {
  if (_instance) {
    return _instance.errorHandler();
  } else {
    handleUninitialized();
  }
};

Rollbar.prototype.lambdaHandler = function (handler, timeoutHandler) {
  if (handler.length <= 2) {
    return this.asyncLambdaHandler(handler, timeoutHandler);
  }
  return this.syncLambdaHandler(handler, timeoutHandler);
};

Rollbar.prototype.asyncLambdaHandler = function (handler, timeoutHandler) {
  const _timeoutHandler = (event, context) => {
    const message = 'Function timed out';
    const custom = {
      originalEvent: event,
      originalRequestId: context.awsRequestId,
    };
    this.error(message, custom);
  };

  const shouldReportTimeouts = this.options.captureLambdaTimeouts;

  const rollbarAsyncLambdaHandler = (event, context) => {
    return new Promise((resolve, reject) => {
      this.lambdaContext = context;
      if (shouldReportTimeouts) {
        const timeoutCb = (timeoutHandler || _timeoutHandler).bind(
          null,
          event,
          context,
        );
        this.lambdaTimeoutHandle = setTimeout(
          timeoutCb,
          context.getRemainingTimeInMillis() - 1000,
        );
      }
      handler(event, context)
        .then((resp) => {
          this.wait(() => {
            clearTimeout(this.lambdaTimeoutHandle);
            resolve(resp);
          });
        })
        .catch((err) => {
          this.error(err);
          this.wait(() => {
            clearTimeout(this.lambdaTimeoutHandle);
            reject(err);
          });
        });
    });
  };

  return rollbarAsyncLambdaHandler;
};

Rollbar.prototype.syncLambdaHandler = function (handler, timeoutHandler) {
  const _timeoutHandler = (event, context, _cb) => {
    const message = 'Function timed out';
    const custom = {
      originalEvent: event,
      originalRequestId: context.awsRequestId,
    };
    this.error(message, custom);
  };

  const shouldReportTimeouts = this.options.captureLambdaTimeouts;

  return (event, context, callback) => {
    this.lambdaContext = context;
    if (shouldReportTimeouts) {
      const timeoutCb = (timeoutHandler || _timeoutHandler).bind(
        null,
        event,
        context,
        callback,
      );
      this.lambdaTimeoutHandle = setTimeout(
        timeoutCb,
        context.getRemainingTimeInMillis() - 1000,
      );
    }
    try {
      handler(event, context, (err, resp) => {
        if (err) {
          this.error(err);
        }
        this.wait(() => {
          clearTimeout(this.lambdaTimeoutHandle);
          callback(err, resp);
        });
      });
    } catch (err) {
      this.error(err);
      this.wait(() => {
        clearTimeout(this.lambdaTimeoutHandle);
        throw err;
      });
    }
  };
};
Rollbar.lambdaHandler = function (handler) {
  if (_instance) {
    return _instance.lambdaHandler(handler);
  } else {
    handleUninitialized();
  }
};

function wrapCallback(r, f) {
  return function () {
    var err = arguments[0];
    if (err) {
      r.error(err);
    }
    return f.apply(this, arguments);
  };
}

Rollbar.prototype.wrapCallback = function (f) {
  return wrapCallback(this, f);
};
Rollbar.wrapCallback = function (f) {
  if (_instance) {
    return _instance.wrapCallback(f);
  } else {
    handleUninitialized();
  }
};

Rollbar.prototype.expressMiddleware = function () {
  return rollbarExpressMiddleware(this);
};

Rollbar.expressMiddleware = function () {
  if (_instance) {
    return rollbarExpressMiddleware(_instance);
  }
  handleUninitialized();
  return undefined;
};

Rollbar.prototype.captureEvent = function () {
  var event = _.createTelemetryEvent(arguments);
  return this.client.captureEvent(event.type, event.metadata, event.level);
};
Rollbar.captureEvent = function () {
  if (_instance) {
    return _instance.captureEvent.apply(_instance, arguments);
  } else {
    handleUninitialized();
  }
};

/** DEPRECATED **/

Rollbar.prototype.reportMessage = function (message, level, request, callback) {
  logger.log('reportMessage is deprecated');
  if (_.isFunction(this[level])) {
    return this[level](message, request, callback);
  } else {
    return this.error(message, request, callback);
  }
};
Rollbar.reportMessage = function (message, level, request, callback) {
  if (_instance) {
    return _instance.reportMessage(message, level, request, callback);
  } else {
    handleUninitialized(callback);
  }
};

Rollbar.prototype.reportMessageWithPayloadData = function (
  message,
  payloadData,
  request,
  callback,
) {
  logger.log('reportMessageWithPayloadData is deprecated');
  return this.error(message, request, payloadData, callback);
};
Rollbar.reportMessageWithPayloadData = function (
  message,
  payloadData,
  request,
  callback,
) {
  if (_instance) {
    return _instance.reportMessageWithPayloadData(
      message,
      payloadData,
      request,
      callback,
    );
  } else {
    handleUninitialized(callback);
  }
};

Rollbar.prototype.handleError = function (err, request, callback) {
  logger.log('handleError is deprecated');
  return this.error(err, request, callback);
};
Rollbar.handleError = function (err, request, callback) {
  if (_instance) {
    return _instance.handleError(err, request, callback);
  } else {
    handleUninitialized(callback);
  }
};

Rollbar.prototype.handleErrorWithPayloadData = function (
  err,
  payloadData,
  request,
  callback,
) {
  logger.log('handleErrorWithPayloadData is deprecated');
  return this.error(err, request, payloadData, callback);
};
Rollbar.handleErrorWithPayloadData = function (
  err,
  payloadData,
  request,
  callback,
) {
  if (_instance) {
    return _instance.handleErrorWithPayloadData(
      err,
      payloadData,
      request,
      callback,
    );
  } else {
    handleUninitialized(callback);
  }
};

Rollbar.handleUncaughtExceptions = function (accessToken, options) {
  if (_instance) {
    options = options || {};
    options.accessToken = accessToken;
    return _instance.configure(options);
  } else {
    handleUninitialized();
  }
};

Rollbar.handleUnhandledRejections = function (accessToken, options) {
  if (_instance) {
    options = options || {};
    options.accessToken = accessToken;
    return _instance.configure(options);
  } else {
    handleUninitialized();
  }
};

Rollbar.handleUncaughtExceptionsAndRejections = function (
  accessToken,
  options,
) {
  if (_instance) {
    options = options || {};
    options.accessToken = accessToken;
    return _instance.configure(options);
  } else {
    handleUninitialized();
  }
};

/** Internal **/

function addTransformsToNotifier(notifier) {
  notifier
    .addTransform(transforms.baseData)
    .addTransform(transforms.handleItemWithError)
    .addTransform(transforms.addBody)
    .addTransform(sharedTransforms.addMessageWithError)
    .addTransform(sharedTransforms.addTelemetryData)
    .addTransform(transforms.addRequestData)
    .addTransform(transforms.addLambdaData)
    .addTransform(sharedTransforms.addConfigToPayload)
    .addTransform(transforms.scrubPayload)
    .addTransform(sharedTransforms.addPayloadOptions)
    .addTransform(sharedTransforms.userTransform(logger))
    .addTransform(sharedTransforms.addConfiguredOptions)
    .addTransform(sharedTransforms.addDiagnosticKeys)
    .addTransform(sharedTransforms.itemToPayload);
}

function addPredicatesToQueue(queue) {
  queue
    .addPredicate(sharedPredicates.checkLevel)
    .addPredicate(sharedPredicates.userCheckIgnore(logger))
    .addPredicate(sharedPredicates.urlIsNotBlockListed(logger))
    .addPredicate(sharedPredicates.urlIsSafeListed(logger))
    .addPredicate(sharedPredicates.messageIsIgnored(logger));
}

Rollbar.prototype._createItem = function (args) {
  var requestKeys = ['headers', 'protocol', 'url', 'method', 'body', 'route'];
  var item = _.createItem(args, logger, this, requestKeys, this.lambdaContext);

  if (item.err && item.notifier.locals) {
    item.localsMap = item.notifier.locals.currentLocalsMap();
  }

  return item;
};

function _getFirstFunction(args) {
  for (var i = 0, len = args.length; i < len; ++i) {
    if (_.isFunction(args[i])) {
      return args[i];
    }
  }
  return undefined;
}

Rollbar.prototype.setupUnhandledCapture = function () {
  if (this.options.captureUncaught || this.options.handleUncaughtExceptions) {
    this.handleUncaughtExceptions();
  }
  if (
    this.options.captureUnhandledRejections ||
    this.options.handleUnhandledRejections
  ) {
    this.handleUnhandledRejections();
  }
};

Rollbar.prototype.handleUncaughtExceptions = function () {
  var exitOnUncaught = Boolean(this.options.exitOnUncaughtException);
  delete this.options.exitOnUncaughtException;

  addOrReplaceRollbarHandler(
    'uncaughtException',
    function (err) {
      if (
        !this.options.captureUncaught &&
        !this.options.handleUncaughtExceptions
      ) {
        return;
      }

      this._uncaughtError(err, function (err) {
        if (err) {
          logger.error(
            'Encountered error while handling an uncaught exception.',
          );
          logger.error(err);
        }
      });
      if (exitOnUncaught) {
        setImmediate(
          function () {
            this.wait(function () {
              process.exit(1);
            });
          }.bind(this),
        );
      }
    }.bind(this),
  );
};

Rollbar.prototype.handleUnhandledRejections = function () {
  addOrReplaceRollbarHandler(
    'unhandledRejection',
    function (reason) {
      if (
        !this.options.captureUnhandledRejections &&
        !this.options.handleUnhandledRejections
      ) {
        return;
      }

      this._uncaughtError(reason, function (err) {
        if (err) {
          logger.error(
            'Encountered error while handling an uncaught exception.',
          );
          logger.error(err);
        }
      });
    }.bind(this),
  );
};

function addOrReplaceRollbarHandler(event, action) {
  // We only support up to two arguments which is enough for how this is used
  // rather than dealing with `arguments` and `apply`
  var fn = function (a, b) {
    action(a, b);
  };
  fn._rollbarHandler = true;

  var listeners = process.listeners(event);
  var len = listeners.length;
  for (var i = 0; i < len; ++i) {
    if (listeners[i]._rollbarHandler) {
      process.removeListener(event, listeners[i]);
    }
  }
  process.on(event, fn);
}

function RollbarError(message, nested) {
  Error.call(this);
  Error.captureStackTrace(this, this.constructor);

  this.message = message;
  this.nested = nested;
  this.name = this.constructor.name;
}
util.inherits(RollbarError, Error);
Rollbar.Error = RollbarError;

Rollbar.defaultOptions = {
  host: os.hostname(),
  environment: process.env.NODE_ENV || 'development',
  framework: 'node-js',
  showReportedMessageTraces: false,
  notifier: {
    name: serverDefaults.notifierName,
    version: version,
  },
  scrubHeaders: serverDefaults.scrubHeaders,
  scrubFields: serverDefaults.scrubFields,
  addRequestData: null,
  reportLevel: reportLevel,
  verbose: false,
  enabled: true,
  transmit: true,
  sendConfig: false,
  includeItemsInTelemetry: false,
  captureEmail: false,
  captureUsername: false,
  captureIp: true,
  captureLambdaTimeouts: true,
  ignoreDuplicateErrors: true,
  scrubRequestBody: true,
  autoInstrument: false,
};

export default Rollbar;
